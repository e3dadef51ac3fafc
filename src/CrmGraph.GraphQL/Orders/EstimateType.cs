using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Pricing;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Orders;

public sealed class EstimateType : NodeGraphType<Estimate>
{
    public const string TypeName = "Estimate";

    public EstimateType()
        : base(TypeName, e => e.Id, "The cost explained to the customer before the work: a stored quote, approvable while valid.")
    {
        Field(e => e.Number);
        Field<NonNullGraphType<EnumerationGraphType<EstimateStatus>>>("status")
            .Description("EXPIRED once an open estimate is past validUntil.")
            .Resolve(ctx => ctx.Source.StatusAt(ctx.Service<TimeProvider>().GetUtcNow()));
        Field<NonNullGraphType<CustomerType>>("customer").Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
        Field<NonNullGraphType<PriceListType>>("priceList").Resolve(ctx => ctx.LoadById<PriceList>(ctx.Source.PriceListId));
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Description("The instant the prices were taken at.").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<InstantGraphType>>("validUntil").Resolve(ctx => ctx.Source.ValidUntil);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateLineType>>>>("lines")
            .Resolve(ctx => ctx.Source.Lines.OrderBy(l => l.Kind).ThenBy(l => l.Id));
        Field<NonNullGraphType<MoneyType>>("subtotal").Resolve(ctx => new Money(ctx.Source.Subtotal, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyType>>("tierDiscount").Resolve(ctx => new Money(ctx.Source.Discount, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyType>>("total").Resolve(ctx => new Money(ctx.Source.Total, ctx.Source.Currency));
        Field<StaffMemberType>("staffMember").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.StaffMemberId));
        Field<InstantGraphType>("decidedAt").Description("When it was approved or declined.").Resolve(ctx => ctx.Source.DecidedAt);
        Field(e => e.DeclineReason, nullable: true);
        Field(e => e.Version).Description("Changes on every edit; send it back to detect concurrent edits.");
        Field<ServiceOrderType>("order")
            .Description("The order placed by approving it.")
            .Resolve(ctx => ctx.LoadGroup("EstimateOrders", ctx.Source.Id, (db, ids) => db.ServiceOrders.AsNoTracking()
                    .Where(o => o.EstimateId != null && ids.Contains(o.EstimateId.Value))
                    .Select(o => new KeyValuePair<int, ServiceOrder>(o.EstimateId!.Value, o)))
                .Then(orders => orders.FirstOrDefault()));
    }
}
