namespace CrmGraph.Domain.Pricing;

/// <summary>One price of a bulk change: the row in force at the instant and the row that follows it.</summary>
public sealed record BulkPriceLine(Price Current, Price Next);
