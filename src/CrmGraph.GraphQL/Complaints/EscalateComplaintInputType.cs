namespace CrmGraph.GraphQL.Complaints;

public sealed class EscalateComplaintInputType() : ComplaintReasonInputType(
    "EscalateComplaintInput", "Takes an open complaint to a manager.", "Why it goes to a manager");
