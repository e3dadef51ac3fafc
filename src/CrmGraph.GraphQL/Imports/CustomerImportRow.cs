namespace CrmGraph.GraphQL.Imports;

/// <summary>
/// One record of an import file: the line it starts on, its values by canonical column name, or why it could not
/// be read at all.
/// </summary>
public sealed record CustomerImportRow(int Row, IReadOnlyDictionary<string, string?> Values, string? Unreadable = null)
{
    public string? this[string column] => Values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
