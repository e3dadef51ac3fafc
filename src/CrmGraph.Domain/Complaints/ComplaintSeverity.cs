namespace CrmGraph.Domain.Complaints;

public enum ComplaintSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
