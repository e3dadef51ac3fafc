using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

/// <summary>Turns the <c>order</c> argument into keyset sort keys, always ending on the id for a total order.</summary>
internal static class CustomerOrdering
{
    public static IReadOnlyList<SortKey<Customer>> From(IReadOnlyList<CustomerSort>? order)
    {
        var sorts = order is { Count: > 0 } ? order : [new CustomerSort { Field = CustomerSortField.Name, Direction = SortDirection.Asc }];
        if (sorts.Select(s => s.Field).Distinct().Count() != sorts.Count)
        {
            throw new ExecutionError("Each field may appear once in 'order'.") { Code = ErrorCodes.InvalidArgument };
        }

        var keys = sorts.Select(ToKey).ToList();
        keys.Add(sorts[^1].Direction == SortDirection.Desc ? SortKey<Customer>.Descend(c => c.Id) : SortKey<Customer>.Ascending(c => c.Id));
        return keys;
    }

    private static SortKey<Customer> ToKey(CustomerSort sort) => (sort.Field, sort.Direction) switch
    {
        (CustomerSortField.Name, SortDirection.Asc) => SortKey<Customer>.Ascending(c => c.Name),
        (CustomerSortField.Name, _) => SortKey<Customer>.Descend(c => c.Name),
        (CustomerSortField.CreatedAt, SortDirection.Asc) => SortKey<Customer>.Ascending(c => c.CreatedAt),
        (CustomerSortField.CreatedAt, _) => SortKey<Customer>.Descend(c => c.CreatedAt),
        (CustomerSortField.LastActivityAt, SortDirection.Asc) => SortKey<Customer>.Ascending(c => c.LastActivityAt),
        _ => SortKey<Customer>.Descend(c => c.LastActivityAt),
    };
}
