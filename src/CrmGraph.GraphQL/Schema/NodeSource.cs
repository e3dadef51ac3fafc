namespace CrmGraph.GraphQL.Schema;

/// <summary>How <c>node</c> loads one type's entities, and whether the caller may be shown a loaded one.</summary>
internal sealed record NodeSource(
    Func<IResolveFieldContext, int, IDataLoaderResult<object?>> Load,
    Func<IResolveFieldContext, object, Task<bool>> ShownAsync)
{
    /// <summary>
    /// Entities of <typeparamref name="TEntity"/>, shown when <paramref name="shownAsync"/> says so, else to whoever may
    /// read at all (the type's own policy and the partner filter of the data layer already apply).
    /// </summary>
    public static NodeSource Of<TEntity>(Func<IResolveFieldContext, TEntity, Task<bool>>? shownAsync = null)
        where TEntity : class =>
        new(
            (context, key) => context.LoadById<TEntity>(key).Then(entity => (object?)entity),
            shownAsync is null ? (_, _) => Task.FromResult(true) : (context, entity) => shownAsync(context, (TEntity)entity));
}
