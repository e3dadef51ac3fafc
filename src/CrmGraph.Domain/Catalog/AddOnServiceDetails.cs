namespace CrmGraph.Domain.Catalog;

/// <summary>What an administrator sets on an add-on service: its text, unit price, per-order maximum and the products it may go with.</summary>
public sealed record AddOnServiceDetails(
    string Name,
    string Description,
    Money Price,
    int MaxQuantityPerOrder,
    IReadOnlyCollection<int> AllowedProductIds)
{
    public List<DomainError> Validate()
    {
        var errors = new List<DomainError>();
        CatalogText.Require(Name, "name", ServiceProductDetails.MaxNameLength, errors);
        CatalogText.Limit(Description, "description", ServiceProductDetails.MaxDescriptionLength, errors);
        if (Price.Amount < 0m)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A price cannot be negative; {Price.Amount} was given.", "price"));
        }

        if (!Currencies.IsKnown(Price.Currency))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"'{Price.Currency}' is not an ISO 4217 currency code.", "price"));
        }

        if (MaxQuantityPerOrder < 1)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"The per-order maximum must be at least 1; {MaxQuantityPerOrder} was given.", "maxQuantityPerOrder"));
        }

        return errors;
    }
}
