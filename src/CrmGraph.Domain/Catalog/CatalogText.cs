namespace CrmGraph.Domain.Catalog;

/// <summary>The checks every catalogue text field shares: codes and names required, everything bounded.</summary>
public static class CatalogText
{
    public const int MaxCodeLength = 32;

    public static void Require(string? value, string field, int maximum, List<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A {field} is required.", field));
            return;
        }

        Limit(value, field, maximum, errors);
    }

    public static void Limit(string? value, string field, int maximum, List<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is not null && value.Trim().Length > maximum)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"The {field} is at most {maximum} characters.", field));
        }
    }
}
