using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Orders;

public sealed class ServiceOrderType : NodeGraphType<ServiceOrder>
{
    public const string TypeName = "ServiceOrder";

    public static readonly ChildListQuery<ServiceOrder> ByCustomer = ChildLists.NewestFirst<ServiceOrder>(o => o.CustomerId, o => o.OrderedAt, o => o.Id);

    public ServiceOrderType()
        : base(TypeName, o => o.Id, "What a customer bought, with prices as charged at order time.")
    {
        Field(o => o.Number);
        Field<NonNullGraphType<EnumerationGraphType<ServiceOrderStatus>>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<InstantGraphType>>("orderedAt").Resolve(ctx => ctx.Source.OrderedAt);
        Field<InstantGraphType>("scheduledFor").Resolve(ctx => ctx.Source.ScheduledFor);
        Field<InstantGraphType>("completedAt").Resolve(ctx => ctx.Source.CompletedAt);
        Field<NonNullGraphType<MoneyType>>("subtotal").Resolve(ctx => new Money(ctx.Source.Subtotal, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyType>>("discount").Resolve(ctx => new Money(ctx.Source.Discount, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyType>>("total").Resolve(ctx => new Money(ctx.Source.Total, ctx.Source.Currency));
        Field(o => o.Version).Description("Changes on every edit; send it back to detect concurrent edits.");
        Field<StaffMemberType>("technician").Description("Who delivers the service, once scheduled.").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.TechnicianId));
        Field<InstantGraphType>("startedAt").Resolve(ctx => ctx.Source.StartedAt);
        Field(o => o.WorkNotes, nullable: true).Description("What was done, recorded at completion.");
        Field<InstantGraphType>("cancelledAt").Resolve(ctx => ctx.Source.CancelledAt);
        Field(o => o.CancellationReason, nullable: true);
        Field(o => o.LoyaltyPointsEarned).Description("The loyalty points the order earned; taken back if it is cancelled.");
        Field<EstimateType>("estimate").Description("The estimate it was approved from.").Resolve(ctx => ctx.LoadById<Estimate>(ctx.Source.EstimateId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceOrderEventType>>>>("history")
            .Description("Every move through the lifecycle, oldest first.")
            .Resolve(ctx => ctx.LoadGroup("OrderHistory", ctx.Source.Id, (db, ids) => db.ServiceOrderEvents.AsNoTracking()
                .Where(e => ids.Contains(e.ServiceOrderId))
                .OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new KeyValuePair<int, ServiceOrderEvent>(e.ServiceOrderId, e))));
        Field<NonNullGraphType<CustomerType>>("customer").Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
        Field<StaffMemberType>("staffMember").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.StaffMemberId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceOrderLineType>>>>("lines")
            .Resolve(ctx => ctx.LoadGroup("OrderLines", ctx.Source.Id, (db, ids) => db.ServiceOrderLines.AsNoTracking()
                .Where(l => ids.Contains(l.ServiceOrderId))
                .OrderBy(l => l.Id)
                .Select(l => new KeyValuePair<int, ServiceOrderLine>(l.ServiceOrderId, l))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceOrderAddOnType>>>>("addOns")
            .Resolve(ctx => ctx.LoadGroup("OrderAddOns", ctx.Source.Id, (db, ids) => db.ServiceOrderAddOns.AsNoTracking()
                .Where(a => ids.Contains(a.ServiceOrderId))
                .OrderBy(a => a.Id)
                .Select(a => new KeyValuePair<int, ServiceOrderAddOn>(a.ServiceOrderId, a))));
    }
}
