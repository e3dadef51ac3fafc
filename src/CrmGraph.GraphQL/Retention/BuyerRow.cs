namespace CrmGraph.GraphQL.Retention;

/// <summary>Customers of one group with at least one order in a period, and those with two or more.</summary>
internal sealed record BuyerRow(RetentionKey Key, int Buyers, int RepeatBuyers);
