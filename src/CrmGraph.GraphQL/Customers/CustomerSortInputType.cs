namespace CrmGraph.GraphQL.Customers;

public sealed class CustomerSortInputType : InputObjectGraphType<CustomerSort>
{
    public CustomerSortInputType()
    {
        Name = "CustomerSort";
        Description = "One ordering key; ties are broken by the next key, finally by id.";
        Field<NonNullGraphType<EnumerationGraphType<CustomerSortField>>>("field");
        Field<NonNullGraphType<EnumerationGraphType<SortDirection>>>("direction").DefaultValue(SortDirection.Asc);
    }
}
