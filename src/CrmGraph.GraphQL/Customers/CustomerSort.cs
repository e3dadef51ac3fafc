namespace CrmGraph.GraphQL.Customers;

public sealed class CustomerSort
{
    public CustomerSortField Field { get; set; }

    public SortDirection Direction { get; set; }
}
