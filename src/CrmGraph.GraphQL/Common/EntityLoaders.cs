
namespace CrmGraph.GraphQL.Common;

/// <summary>Loads entities by key in batches: every <c>accountManager</c> of a page costs one statement together.</summary>
public static class EntityLoaders
{
    public static IDataLoaderResult<TEntity?> LoadById<TEntity>(this IResolveFieldContext context, int? id)
        where TEntity : class =>
        context.LoadById<TEntity, int>(id);

    public static IDataLoaderResult<TEntity?> LoadById<TEntity, TKey>(this IResolveFieldContext context, TKey? id)
        where TEntity : class
        where TKey : struct
    {
        ArgumentNullException.ThrowIfNull(context);
        if (id is null)
        {
            return new CompletedResult<TEntity?>(null);
        }

        var db = context.Db();
        return context.DataLoaders()
            .Batch<TKey, TEntity>($"{typeof(TEntity).Name}ById", (ids, cancellationToken) => FetchAsync<TEntity, TKey>(db, ids, cancellationToken))
            .LoadAsync(id.Value);
    }

    private static async Task<IReadOnlyDictionary<TKey, TEntity>> FetchAsync<TEntity, TKey>(CrmDbContext db, IReadOnlyList<TKey> ids, CancellationToken cancellationToken)
        where TEntity : class
        where TKey : struct
    {
        var wanted = ids.ToList();
        var rows = await db.Set<TEntity>()
            .AsNoTracking()
            .Where(e => wanted.Contains(EF.Property<TKey>(e, "Id")))
            .Select(e => new { Id = EF.Property<TKey>(e, "Id"), Entity = e })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => r.Entity);
    }
}
