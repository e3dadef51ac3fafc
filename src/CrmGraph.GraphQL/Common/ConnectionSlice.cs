using GraphQL.Types.Relay.DataObjects;

namespace CrmGraph.GraphQL.Common;

/// <summary>Turns one fetched slice of rows into a Relay connection with keyset cursors.</summary>
public static class ConnectionSlice
{
    public static Connection<TResult> Build<TEntity, TResult>(
        IReadOnlyList<TEntity> rows,
        IReadOnlyList<TResult> nodes,
        IReadOnlyList<SortKey<TEntity>> order,
        bool hasNextPage,
        bool hasPreviousPage,
        int? totalCount)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(nodes);
        var edges = new List<Edge<TResult>>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            edges.Add(new Edge<TResult> { Cursor = Cursor.Encode(rows[i], order), Node = nodes[i] });
        }

        return new Connection<TResult>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = hasNextPage,
                HasPreviousPage = hasPreviousPage,
                StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
            },
        };
    }
}
