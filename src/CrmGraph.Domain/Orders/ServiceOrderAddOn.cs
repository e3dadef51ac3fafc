namespace CrmGraph.Domain.Orders;

/// <summary>An add-on service bought with an order, with the price as charged at order time.</summary>
public sealed class ServiceOrderAddOn : IChargedLine
{
    private ServiceOrderAddOn()
    {
    }

    internal ServiceOrderAddOn(int addOnServiceId, int quantity, decimal unitPrice, decimal discount, decimal lineTotal)
    {
        AddOnServiceId = addOnServiceId;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Discount = discount;
        LineTotal = lineTotal;
    }

    public int Id { get; private set; }

    public int ServiceOrderId { get; private set; }

    public int AddOnServiceId { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal Discount { get; private set; }

    public decimal LineTotal { get; private set; }
}
