namespace CrmGraph.Domain.Customers;

/// <summary>Where the reason a customer left lies: with the company (something it can fix) or outside it.</summary>
public enum ChurnCauseSide
{
    Company,
    Outside,
}
