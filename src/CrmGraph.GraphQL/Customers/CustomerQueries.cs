using CrmGraph.Domain.Customers;
using GraphQL.Types.Relay;

namespace CrmGraph.GraphQL.Customers;

internal static class CustomerQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<CustomerType>>>("customers")
            .Description("Customers, filtered and ordered; by name unless 'order' says otherwise.")
            .Argument<CustomerFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<CustomerSortInputType>>>("order")
            .PagedBy(
                ctx => CustomerFiltering.Apply(ctx.Db().Customers.AsNoTracking(), ctx.GetArgument<CustomerFilter?>("where")),
                ctx => CustomerOrdering.From(ctx.GetArgument<List<Sort<CustomerSortField>>?>("order")));

        query.AddLookupById<Customer, CustomerType>("customer", CustomerType.TypeName, "customer");
    }
}
