using System.Linq.Expressions;
using CrmGraph.Domain.Customers;
using GraphQL.Types.Relay.DataObjects;

namespace CrmGraph.GraphQL.Common;

/// <summary>
/// Resolves a connection of a customer's children (interactions, orders, complaints, surveys). The first
/// page, the common case under a list of customers, is loaded for all customers of the page in one
/// statement; later pages (with a cursor) are read for the one customer asked.
/// </summary>
public static class ChildConnections
{
    public static object OfCustomer<TChild>(
        IResolveFieldContext<Customer> context,
        string listName,
        ChildListQuery<TChild> list,
        Func<CrmDbContext, IQueryable<TChild>> source)
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(list);
        var page = PageRequest.From(context);
        var db = context.Db();
        var customerId = context.Source.Id;
        var includeTotal = context.Selects("totalCount");

        if (page.Cursor is not null || page.Backward)
        {
            return KeysetPager.PageAsync(
                list.Of(source(db).AsNoTracking(), customerId),
                list.Order,
                page,
                rows => rows,
                includeTotal,
                context.CancellationToken);
        }

        var loaders = context.DataLoaders();
        var firstRows = loaders
            .Group<int, TChild>(
                $"{listName}:first{page.Size}",
                async (ids, cancellationToken) =>
                {
                    var rows = await list.FirstOfEach(db.Customers, CustomerId, source(db).AsNoTracking(), ids, page.Size + 1)
                        .ToListAsync(cancellationToken)
                        .ConfigureAwait(false);
                    return rows.ToLookup(list.ParentKeyOf);
                })
            .LoadAsync(customerId);

        if (!includeTotal)
        {
            return firstRows.Then(rows => FirstPage(rows, list, page.Size, totalCount: null));
        }

        var total = loaders
            .Batch<int, int>(
                $"{listName}:count",
                async (ids, cancellationToken) => (await list.CountOfEach(source(db), ids)
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false)).ToDictionary(p => p.Key, p => p.Value))
            .LoadAsync(customerId);
        return firstRows.Then(rows => total.Then(count => FirstPage(rows, list, page.Size, count)));
    }

    private static readonly Expression<Func<Customer, int>> CustomerId = c => c.Id;

    private static Connection<TChild> FirstPage<TChild>(IEnumerable<TChild> fetched, ChildListQuery<TChild> list, int size, int? totalCount)
    {
        var rows = list.InOrder(fetched).ToList();
        var hasMore = rows.Count > size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return ConnectionSlice.Build(rows, rows, list.Order, hasNextPage: hasMore, hasPreviousPage: false, totalCount);
    }
}
