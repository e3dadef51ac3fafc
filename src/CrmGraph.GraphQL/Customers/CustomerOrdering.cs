using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

/// <summary>Turns the <c>order</c> argument into keyset sort keys; by name unless it says otherwise.</summary>
internal static class CustomerOrdering
{
    public static IReadOnlyList<SortKey<Customer>> From(IReadOnlyList<Sort<CustomerSortField>>? order) =>
        KeysetOrder.From(order, new Sort<CustomerSortField> { Field = CustomerSortField.Name, Direction = SortDirection.Asc }, Key, c => c.Id);

    private static SortKey<Customer> Key(CustomerSortField field, SortDirection direction) => field switch
    {
        CustomerSortField.CreatedAt => SortKey<Customer>.By(c => c.CreatedAt, direction),
        CustomerSortField.LastActivityAt => SortKey<Customer>.By(c => c.LastActivityAt, direction),
        _ => SortKey<Customer>.By(c => c.Name, direction),
    };
}
