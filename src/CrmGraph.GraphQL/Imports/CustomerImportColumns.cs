namespace CrmGraph.GraphQL.Imports;

/// <summary>The columns (CSV) or properties (JSON lines) an import file may have; names are matched ignoring case.</summary>
public static class CustomerImportColumns
{
    public const string ExternalRef = "externalRef";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string City = "city";
    public const string Country = "country";
    public const string Segment = "segment";
    public const string AccountManagerEmail = "accountManagerEmail";
    public const string PartnerCode = "partnerCode";

    public static IReadOnlyList<string> All { get; } = [ExternalRef, Name, Kind, Email, Phone, City, Country, Segment, AccountManagerEmail, PartnerCode];

    /// <summary>The canonical name of <paramref name="column"/>, or null when it is not a column.</summary>
    public static string? Canonical(string column) => All.FirstOrDefault(c => string.Equals(c, column.Trim(), StringComparison.OrdinalIgnoreCase));
}
