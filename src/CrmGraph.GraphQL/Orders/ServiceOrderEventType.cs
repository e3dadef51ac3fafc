using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Orders;

public sealed class ServiceOrderEventType : ObjectGraphType<ServiceOrderEvent>
{
    public ServiceOrderEventType()
    {
        Name = "ServiceOrderEvent";
        Description = "One move of an order through its lifecycle, with who and when. Append-only.";
        Field<NonNullGraphType<EnumerationGraphType<ServiceOrderStatus>>>("fromStatus").Resolve(ctx => ctx.Source.FromStatus);
        Field<NonNullGraphType<EnumerationGraphType<ServiceOrderStatus>>>("toStatus").Resolve(ctx => ctx.Source.ToStatus);
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field(e => e.Note, nullable: true).Description("The appointment, the work notes or the cancellation reason.");
        Field<StaffMemberType>("actor").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.ActorStaffId));
        Field<NonNullGraphType<ServiceOrderType>>("order").Resolve(ctx => ctx.LoadById<ServiceOrder>(ctx.Source.ServiceOrderId));
    }
}
