using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CrmGraph.Data.Access;

/// <summary>
/// Keeps two models per context type: an unfiltered one for callers who see everything (no filter cost in
/// their SQL) and one with the partner query filters.
/// </summary>
internal sealed class AccessModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is CrmDbContext crm && crm.IsFiltered, designTime);
}
