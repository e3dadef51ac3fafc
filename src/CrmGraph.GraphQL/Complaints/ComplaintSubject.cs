using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Orders;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>
/// The customer, product and order a new complaint is about, with what its promised times depend on: the
/// customer's loyalty tier and the product's service-level terms.
/// </summary>
internal sealed record ComplaintSubject(int CustomerId, LoyaltyTier Tier, int? ProductId, ServiceLevelTerms? ProductTerms, int? OrderId)
{
    /// <summary>
    /// Reads what <paramref name="input"/> points at, adding a NotFound error for each id that names nothing the
    /// caller can see and a Validation error for an order of another customer.
    /// </summary>
    public static async Task<ComplaintSubject> ResolveAsync(CrmDbContext db, FileComplaintInput input, List<DomainError> errors, CancellationToken cancellationToken)
    {
        var customerId = GlobalId.ParseFor(CustomerType.TypeName, input.CustomerId, "input.customerId");
        int? productId = input.ProductId is null ? null : GlobalId.ParseFor(ServiceProductType.TypeName, input.ProductId, "input.productId");
        int? orderId = input.OrderId is null ? null : GlobalId.ParseFor(ServiceOrderType.TypeName, input.OrderId, "input.orderId");

        var tier = await db.Customers.Where(c => c.Id == customerId).Select(c => (LoyaltyTier?)c.LoyaltyTier)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (tier is null)
        {
            errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No customer has id '{input.CustomerId}'.", "customerId"));
        }

        ServiceLevelTerms? terms = null;
        if (productId is { } product)
        {
            terms = await db.ServiceProducts.Where(p => p.Id == product).Select(p => new ServiceLevelTerms(p.ResponseTarget, p.ResolutionTarget))
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (terms is null)
            {
                errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No service product has id '{input.ProductId}'.", "productId"));
            }
        }

        if (orderId is { } order)
        {
            var orderedBy = await db.ServiceOrders.Where(o => o.Id == order).Select(o => (int?)o.CustomerId)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (orderedBy is null)
            {
                errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No service order has id '{input.OrderId}'.", "orderId"));
            }
            else if (orderedBy != customerId)
            {
                errors.Add(new DomainError(DomainErrorCodes.Validation, "The order was placed by another customer.", "orderId"));
            }
        }

        return new ComplaintSubject(customerId, tier ?? LoyaltyTier.Standard, productId, terms, orderId);
    }
}
