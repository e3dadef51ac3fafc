namespace CrmGraph.Domain.Catalog;

/// <summary>What an administrator sets on a service product; the code is fixed at creation.</summary>
public sealed record ServiceProductDetails(
    string Name,
    string Description,
    ServiceCategory Category,
    DeliveryMode DeliveryMode,
    BillingUnit BillingUnit,
    ServiceLevelTerms Terms)
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    public List<DomainError> Validate()
    {
        var errors = new List<DomainError>();
        CatalogText.Require(Name, "name", MaxNameLength, errors);
        CatalogText.Limit(Description, "description", MaxDescriptionLength, errors);
        if (Terms.ResponseTarget <= TimeSpan.Zero)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The response target must be at least one hour.", "responseTargetHours"));
        }

        if (Terms.ResolutionTarget < Terms.ResponseTarget)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The resolution target cannot be shorter than the response target.", "resolutionTargetHours"));
        }

        return errors;
    }
}
