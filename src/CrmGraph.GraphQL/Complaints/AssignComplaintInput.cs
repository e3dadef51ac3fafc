namespace CrmGraph.GraphQL.Complaints;

public sealed class AssignComplaintInput : ComplaintChangeInput
{
    public string AssigneeId { get; set; } = string.Empty;
}
