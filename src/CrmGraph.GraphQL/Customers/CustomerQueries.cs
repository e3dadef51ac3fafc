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
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var order = CustomerOrdering.From(ctx.GetArgument<List<CustomerSort>?>("order"));
                var customers = CustomerFiltering.Apply(ctx.Db().Customers.AsNoTracking(), ctx.GetArgument<CustomerFilter?>("where"));
                return await KeysetPager.PageAsync(customers, order, page, rows => rows, ctx.Selects("totalCount"), ctx.CancellationToken)
                    .ConfigureAwait(false);
            });

        query.Field<CustomerType>("customer")
            .Description("One customer by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx =>
            {
                var id = GlobalId.ParseFor(CustomerType.TypeName, ctx.GetArgument<string>("id"), "id");
                return ctx.LoadById<Customer>(id).Then(customer => customer ?? throw new ExecutionError($"No customer has id '{ctx.GetArgument<string>("id")}'.") { Code = ErrorCodes.NotFound });
            });
    }
}
