using CrmGraph.Domain.Pricing;

namespace CrmGraph.Domain.Orders;

/// <summary>One line of an estimate, exactly as quoted: the item, amounts and the rule that priced it.</summary>
public sealed class EstimateLine
{
    private EstimateLine()
    {
        Code = string.Empty;
        Name = string.Empty;
        Rule = string.Empty;
    }

    internal EstimateLine(QuoteLine line)
    {
        Kind = line.Kind;
        ItemId = line.ItemId;
        Code = line.Code;
        Name = line.Name;
        Quantity = line.Quantity;
        UnitPrice = line.UnitPrice.Amount;
        Discount = line.Discount.Amount;
        LineTotal = line.Total.Amount;
        Rule = line.Rule;
        PriceId = line.PriceId;
    }

    public int Id { get; private set; }

    public int EstimateId { get; private set; }

    public QuoteLineKind Kind { get; private set; }

    /// <summary>The product or add-on service, by <see cref="Kind"/>.</summary>
    public int ItemId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal Discount { get; private set; }

    public decimal LineTotal { get; private set; }

    public string Rule { get; private set; }

    public int? PriceId { get; private set; }

    internal QuoteLine AsQuoteLine(string currency) =>
        new(Kind, ItemId, Code, Name, Quantity, new Money(UnitPrice, currency), new Money(Discount, currency), new Money(LineTotal, currency), Rule, PriceId);
}
