namespace CrmGraph.Domain.Complaints;

public enum ComplaintCategory
{
    Product,
    Service,
    Staff,
    Pricing,
    Delivery,
    Other,
}
