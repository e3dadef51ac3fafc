using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Retention;

/// <summary>How many customers were lost for one cause in a period.</summary>
public sealed record ChurnCauseCount(ChurnCause Cause, int Churned)
{
    public ChurnCauseSide Side => ChurnCauses.SideOf(Cause);
}
