namespace CrmGraph.GraphQL.Complaints;

public sealed class ReopenComplaintInputType() : ComplaintReasonInputType(
    "ReopenComplaintInput", "Puts a resolved or closed complaint back into work; an on-time resolution no longer counts.", "Why it is reopened");
