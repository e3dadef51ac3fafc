namespace CrmGraph.GraphQL.Customers;

public enum CustomerSortField
{
    Name,
    CreatedAt,
    LastActivityAt,
}
