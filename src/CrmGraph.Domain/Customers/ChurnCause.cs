namespace CrmGraph.Domain.Customers;

/// <summary>Why a customer left: the first four lie with the company, the rest outside it (<see cref="ChurnCauses.SideOf"/>).</summary>
public enum ChurnCause
{
    Product,
    Service,
    Staff,
    Image,
    CustomerSide,
    Competitor,
    Social,
    Other,
}
