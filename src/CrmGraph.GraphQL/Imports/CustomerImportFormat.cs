namespace CrmGraph.GraphQL.Imports;

public enum CustomerImportFormat
{
    /// <summary>Comma-separated values with a header row naming the columns (RFC 4180 quoting).</summary>
    Csv,

    /// <summary>One JSON object per line, its properties named as the CSV columns.</summary>
    JsonLines,
}
