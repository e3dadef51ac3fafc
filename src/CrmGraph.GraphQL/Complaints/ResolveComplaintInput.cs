using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

public sealed class ResolveComplaintInput : ComplaintChangeInput
{
    public string Resolution { get; set; } = string.Empty;

    public ComplaintRootCause RootCause { get; set; }

    public Money? Compensation { get; set; }
}
