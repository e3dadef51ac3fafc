namespace CrmGraph.GraphQL.Imports;

/// <summary>What an import did: customers created and updated (committed together), and every row rejected.</summary>
public sealed record CustomerImportReport(int Created, int Updated, IReadOnlyList<CustomerImportRejection> Rejections);
