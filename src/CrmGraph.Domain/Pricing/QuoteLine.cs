namespace CrmGraph.Domain.Pricing;

/// <summary>
/// One priced line of a quote. <see cref="Rule"/> says in words which price applied and why, so a person
/// reading the quote can check it; <see cref="Discount"/> is the tier discount taken off this line.
/// </summary>
public sealed record QuoteLine(
    QuoteLineKind Kind,
    int ItemId,
    string Code,
    string Name,
    int Quantity,
    Money UnitPrice,
    Money Discount,
    Money Total,
    string Rule,
    int? PriceId);
