namespace CrmGraph.GraphQL.Complaints;

public sealed class AcknowledgeComplaintInputType() : ComplaintChangeInputType<ComplaintChangeInput>(
    "AcknowledgeComplaintInput", "Tells the customer the complaint was heard: the first response.");
