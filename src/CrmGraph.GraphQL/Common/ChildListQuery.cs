using System.Linq.Expressions;

namespace CrmGraph.GraphQL.Common;

/// <summary>
/// How the rows of one child list hang off their parent (a customer's interactions, a complaint's events…):
/// the parent key on the child, the list's order, and an optional filter. It answers the first page for
/// many parents in one statement, which is what lets a page of parents load its children in a batch.
/// </summary>
public sealed class ChildListQuery<TChild>(
    Expression<Func<TChild, int>> parentKey,
    IReadOnlyList<SortKey<TChild>> order)
{
    private readonly Func<TChild, int> _readParentKey = parentKey.Compile();
    private readonly SortKeyComparer<TChild> _comparer = new(order);

    public IReadOnlyList<SortKey<TChild>> Order { get; } = order;

    public int ParentKeyOf(TChild child) => _readParentKey(child);

    /// <summary>Puts rows fetched for many parents back into the list's order (a join does not keep it).</summary>
    public IEnumerable<TChild> InOrder(IEnumerable<TChild> rows) => rows.Order(_comparer);

    /// <summary>The children of one parent, to page through with a cursor.</summary>
    public IQueryable<TChild> Of(IQueryable<TChild> children, int parentId)
    {
        var child = parentKey.Parameters[0];
        var matches = Expression.Lambda<Func<TChild, bool>>(
            Expression.Equal(parentKey.Body, Expression.Property(Expression.Constant(new ParentId(parentId)), nameof(ParentId.Value))),
            child);
        return children.Where(matches);
    }

    /// <summary>
    /// The first <paramref name="count"/> children of each of <paramref name="parentIds"/>, in one statement
    /// (EF Core turns the correlated Take into ROW_NUMBER() OVER (PARTITION BY parent)).
    /// </summary>
    public IQueryable<TChild> FirstOfEach<TParent>(
        IQueryable<TParent> parents,
        Expression<Func<TParent, int>> parentIdOf,
        IQueryable<TChild> children,
        IReadOnlyList<int> parentIds,
        int count)
    {
        ArgumentNullException.ThrowIfNull(parents);
        ArgumentNullException.ThrowIfNull(parentIdOf);
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(parentIds);
        if (parentIds.Count == 1)
        {
            // One parent (a detail view): a plain ordered, limited read is cheaper than a window over a join.
            return KeysetPager.ApplyOrder(Of(children, parentIds[0]), Order).Take(count);
        }

        var ids = parentIds.ToList();
        var parent = parentIdOf.Parameters[0];
        var idOfParent = parentIdOf.Body;

        // Narrowing the children to the wanted parents keeps the window function off the rest of the table.
        var wanted = children.Where(ContainsKey(ids));
        var child = parentKey.Parameters[0];
        var belongs = Expression.Lambda<Func<TChild, bool>>(Expression.Equal(parentKey.Body, idOfParent), child);
        var perParent = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TChild)], wanted.Expression, Expression.Quote(belongs));
        var ordered = KeysetPager.ApplyOrder(perParent, Order);
        var limited = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(TChild)], ordered, Expression.Constant(count));
        var selector = Expression.Lambda<Func<TParent, IEnumerable<TChild>>>(limited, parent);

        var parentFilter = Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(Expression.Constant(ids), typeof(List<int>).GetMethod(nameof(List<int>.Contains))!, idOfParent),
            parent);
        return parents.Where(parentFilter).SelectMany(selector);
    }

    /// <summary>How many children each parent has, in one statement.</summary>
    public IQueryable<KeyValuePair<int, int>> CountOfEach(IQueryable<TChild> children, IReadOnlyList<int> parentIds) =>
        children.Where(ContainsKey(parentIds.ToList()))
            .GroupBy(parentKey)
            .Select(g => new KeyValuePair<int, int>(g.Key, g.Count()));

    private Expression<Func<TChild, bool>> ContainsKey(List<int> ids) =>
        Expression.Lambda<Func<TChild, bool>>(
            Expression.Call(Expression.Constant(ids), typeof(List<int>).GetMethod(nameof(List<int>.Contains))!, parentKey.Body),
            parentKey.Parameters[0]);

    private sealed record ParentId(int Value);
}
