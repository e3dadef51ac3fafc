namespace CrmGraph.Domain.Orders;

/// <summary>A line of an order as charged: quantity, unit price, tier discount and total, in the order's currency.</summary>
public interface IChargedLine
{
    int ServiceOrderId { get; }

    int Quantity { get; }

    decimal UnitPrice { get; }

    decimal Discount { get; }

    decimal LineTotal { get; }
}
