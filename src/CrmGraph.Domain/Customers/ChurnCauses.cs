namespace CrmGraph.Domain.Customers;

public static class ChurnCauses
{
    /// <summary>Product, service, staff and image lie with the company; customer-side, competitor, social and other outside it.</summary>
    public static ChurnCauseSide SideOf(ChurnCause cause) =>
        cause is ChurnCause.Product or ChurnCause.Service or ChurnCause.Staff or ChurnCause.Image ? ChurnCauseSide.Company : ChurnCauseSide.Outside;
}
