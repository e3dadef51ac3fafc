namespace CrmGraph.Domain.Catalog;

/// <summary>How products and add-ons are created, edited and taken off or put back on sale: the same rules for both.</summary>
internal static class CatalogItemRules
{
    /// <summary>Makes the item with its trimmed code when the code and <paramref name="errors"/> of its details allow.</summary>
    public static Outcome<T> Create<T>(string code, List<DomainError> errors, Func<string, T> make)
    {
        CatalogText.Require(code, "code", CatalogText.MaxCodeLength, errors);
        return errors.Count > 0 ? Outcome<T>.Failure(errors) : Outcome<T>.Success(make(code.Trim()));
    }

    /// <summary>Applies new details only when they broke no rule.</summary>
    public static IReadOnlyList<DomainError> Update(List<DomainError> errors, Action apply)
    {
        if (errors.Count == 0)
        {
            apply();
        }

        return errors;
    }

    /// <summary>Puts an item on sale or takes it off; doing either twice is an invalid transition.</summary>
    public static DomainError? SetActive(bool active, bool wanted, string item, Action set)
    {
        if (active == wanted)
        {
            return new DomainError(DomainErrorCodes.InvalidTransition, $"{item} is {(active ? "not retired" : "already retired")}.");
        }

        set();
        return null;
    }
}
