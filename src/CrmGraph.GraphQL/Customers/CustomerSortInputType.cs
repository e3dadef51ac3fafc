namespace CrmGraph.GraphQL.Customers;

public sealed class CustomerSortInputType() : SortInputType<CustomerSortField>("CustomerSort");
