namespace CrmGraph.GraphQL.Complaints;

public sealed class CloseComplaintInputType() : ComplaintChangeInputType<ComplaintChangeInput>(
    "CloseComplaintInput", "Closes a resolved complaint: the customer accepted the resolution or the matter rests.");
