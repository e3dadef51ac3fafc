using System.Linq.Expressions;

namespace CrmGraph.GraphQL.Common;

public static class ChildLists
{
    /// <summary>A parent's children newest first, ties broken by the highest id.</summary>
    public static ChildListQuery<TChild> NewestFirst<TChild>(
        Expression<Func<TChild, int>> parentKey,
        Expression<Func<TChild, DateTimeOffset>> at,
        Expression<Func<TChild, int>> id) =>
        new(parentKey, [SortKey<TChild>.Descend(at), SortKey<TChild>.Descend(id)]);
}
