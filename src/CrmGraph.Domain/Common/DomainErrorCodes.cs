namespace CrmGraph.Domain.Common;

/// <summary>The user-error codes the domain raises; the GraphQL layer exposes them as typed errors.</summary>
public static class DomainErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string AddOnNotAllowed = "ADD_ON_NOT_ALLOWED";
    public const string QuantityAboveMaximum = "QUANTITY_ABOVE_MAXIMUM";
    public const string NoPriceInForce = "NO_PRICE_IN_FORCE";
    public const string CurrencyMismatch = "CURRENCY_MISMATCH";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string Duplicate = "DUPLICATE";

    public const string PriceOverlap = "PRICE_OVERLAP";
    public const string PriceAlreadyInForce = "PRICE_ALREADY_IN_FORCE";
    public const string ProductRetired = "PRODUCT_RETIRED";
    public const string EstimateExpired = "ESTIMATE_EXPIRED";
    public const string EstimateDeclined = "ESTIMATE_DECLINED";
    public const string EstimateAlreadyApproved = "ESTIMATE_ALREADY_APPROVED";

}
