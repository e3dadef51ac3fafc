namespace CrmGraph.Domain.Orders;

/// <summary>A product bought on an order, with the price as charged at order time.</summary>
public sealed class ServiceOrderLine : IChargedLine
{
    private ServiceOrderLine()
    {
        PriceRule = string.Empty;
    }

    internal ServiceOrderLine(int serviceProductId, int quantity, decimal unitPrice, decimal discount, decimal lineTotal, string priceRule)
    {
        ServiceProductId = serviceProductId;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Discount = discount;
        LineTotal = lineTotal;
        PriceRule = priceRule;
    }

    public int Id { get; private set; }

    public int ServiceOrderId { get; private set; }

    public int ServiceProductId { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal Discount { get; private set; }

    public decimal LineTotal { get; private set; }

    public string PriceRule { get; private set; }
}
