namespace CrmGraph.Domain.Customers;

public enum CustomerSegment
{
    Standard,
    QualitySensitive,
    PriceSensitive,
}
