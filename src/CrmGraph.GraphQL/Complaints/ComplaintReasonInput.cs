namespace CrmGraph.GraphQL.Complaints;

/// <summary>A change that must say why: escalating and reopening.</summary>
public sealed class ComplaintReasonInput : ComplaintChangeInput
{
    public string Reason { get; set; } = string.Empty;
}
