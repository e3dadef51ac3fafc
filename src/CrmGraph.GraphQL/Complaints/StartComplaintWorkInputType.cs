namespace CrmGraph.GraphQL.Complaints;

public sealed class StartComplaintWorkInputType() : ComplaintChangeInputType<ComplaintChangeInput>(
    "StartComplaintWorkInput", "Someone is working on the complaint now; the first response if it was not acknowledged.");
