using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

internal static class AllowedProducts
{
    /// <summary>The products an add-on is to be allowed for must exist.</summary>
    public static async Task<IReadOnlyList<DomainError>> CheckAsync(CrmDbContext db, AddOnServiceDetails details, CancellationToken cancellationToken)
    {
        var ids = details.AllowedProductIds.ToList();
        var found = await db.ServiceProducts.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = ids.Except(found).ToList();
        return missing.Count == 0
            ? []
            : [new DomainError(DomainErrorCodes.NotFound, $"{missing.Count} of the allowed products do not exist.", "allowedProductIds")];
    }
}
