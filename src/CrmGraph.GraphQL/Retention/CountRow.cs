namespace CrmGraph.GraphQL.Retention;

/// <summary>How many customers of one group something first happened to in a period, in a currency when it is about orders.</summary>
internal sealed record CountRow(RetentionKey Key, string? Currency, int Customers);
