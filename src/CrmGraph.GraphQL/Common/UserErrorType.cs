namespace CrmGraph.GraphQL.Common;

/// <summary>One concrete user-error type per domain error code, all implementing <c>UserError</c>.</summary>
[DoNotRegister]
public sealed class UserErrorType : ObjectGraphType<DomainError>
{
    public UserErrorType(string name, string code, string description)
    {
        Name = name;
        Description = description;
        Interface<UserErrorInterface>();
        IsTypeOf = value => value is DomainError error && error.Code == code;
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(ctx => ctx.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(ctx => ctx.Source.Code);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path")
            .Resolve(ctx => ctx.Source.Field is null ? null : new[] { "input", ctx.Source.Field });
    }

    /// <summary>The user-error types of the schema, by the domain code each carries.</summary>
    public static IEnumerable<UserErrorType> All() =>
    [
        new("ValidationError", DomainErrorCodes.Validation, "An input value is missing, malformed or out of range."),
        new("NotFoundError", DomainErrorCodes.NotFound, "An id names nothing the caller can see."),
        new("InvalidTransitionError", DomainErrorCodes.InvalidTransition, "The object's current state does not allow this change."),
        new("AddOnNotAllowedError", DomainErrorCodes.AddOnNotAllowed, "The add-on service cannot be sold with this product."),
        new("QuantityAboveMaximumError", DomainErrorCodes.QuantityAboveMaximum, "A quantity is above what one order may hold."),
        new("NoPriceInForceError", DomainErrorCodes.NoPriceInForce, "No price is valid for this product, customer and instant."),
        new("CurrencyMismatchError", DomainErrorCodes.CurrencyMismatch, "Prices in different currencies cannot be combined."),
        new("DuplicateError", DomainErrorCodes.Duplicate, "Something with the same unique key (a code, an email, a client id) already exists."),

        new("PriceOverlapError", DomainErrorCodes.PriceOverlap, "Prices of one product, list, target and quantity break may not overlap in time."),
        new("PriceAlreadyInForceError", DomainErrorCodes.PriceAlreadyInForce, "The price has been in force and belongs to history: it cannot be edited or withdrawn."),
        new("ProductRetiredError", DomainErrorCodes.ProductRetired, "The product or add-on is retired and takes no new quotes or orders."),
        new("EstimateExpiredError", DomainErrorCodes.EstimateExpired, "The estimate is past its validity."),
        new("EstimateDeclinedError", DomainErrorCodes.EstimateDeclined, "The estimate was declined."),
        new("EstimateAlreadyApprovedError", DomainErrorCodes.EstimateAlreadyApproved, "The estimate was already approved."),

        new("ConcurrencyConflictError", DomainErrorCodes.ConcurrencyConflict, "Someone else changed the object since it was read; read it again and retry."),
    ];
}
