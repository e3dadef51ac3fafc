namespace CrmGraph.GraphQL.Imports;

/// <summary>Why one row was not imported: its line in the file, the column at fault (when one is) and what to fix.</summary>
public sealed record CustomerImportRejection(int Row, string? Field, string Message);
