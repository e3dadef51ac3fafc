namespace CrmGraph.Domain.Catalog;

public enum BillingUnit
{
    PerVisit,
    PerHour,
    PerMonth,
    PerYear,
    Fixed,
}
