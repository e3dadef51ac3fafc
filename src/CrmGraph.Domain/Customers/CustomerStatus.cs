namespace CrmGraph.Domain.Customers;

/// <summary>Prospect → Active → AtRisk → Churned → WonBack (a churned customer who bought again).</summary>
public enum CustomerStatus
{
    Prospect,
    Active,
    AtRisk,
    Churned,
    WonBack,
}
