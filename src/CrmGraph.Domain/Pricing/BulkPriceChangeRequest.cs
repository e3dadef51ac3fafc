namespace CrmGraph.Domain.Pricing;

/// <summary>
/// Raise (positive) or lower (negative) every price of a list in force at <see cref="From"/> by
/// <see cref="Percent"/>, each new amount rounded to the nearest multiple of <see cref="RoundTo"/> (halves away from zero).
/// </summary>
public sealed record BulkPriceChangeRequest(PriceList PriceList, decimal Percent, decimal RoundTo, DateTimeOffset From);
