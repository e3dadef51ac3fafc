namespace CrmGraph.Domain.Customers;

/// <summary>What changed in a customer's standing.</summary>
public enum CustomerEventKind
{
    Churned,
    WonBack,
    TierChanged,
}
