namespace CrmGraph.GraphQL.Retention;

/// <summary>Orders placed in one period of one group in one currency, and their revenue.</summary>
internal sealed record SalesRow(RetentionKey Key, string Currency, int Orders, decimal Revenue);
