using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Customers;

public sealed class CustomerEventType : ObjectGraphType<CustomerEvent>
{
    public CustomerEventType()
    {
        Name = "CustomerEvent";
        Description = "A change of a customer's lifecycle status (churned, won back) or loyalty tier.";
        Field<NonNullGraphType<EnumerationGraphType<CustomerEventKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<EnumerationGraphType<CustomerStatus>>("fromStatus").Resolve(ctx => ctx.Source.FromStatus);
        Field<EnumerationGraphType<CustomerStatus>>("toStatus").Resolve(ctx => ctx.Source.ToStatus);
        Field<EnumerationGraphType<LoyaltyTier>>("fromTier").Resolve(ctx => ctx.Source.FromTier);
        Field<EnumerationGraphType<LoyaltyTier>>("toTier").Resolve(ctx => ctx.Source.ToTier);
        Field<EnumerationGraphType<ChurnCause>>("churnCause").Description("Why the customer left, on churn and win-back.").Resolve(ctx => ctx.Source.ChurnCause);
        Field(e => e.LoyaltyPoints, nullable: true).Description("The points held after a tier change.");
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field(e => e.Note, nullable: true);
        Field<StaffMemberType>("actor").Description("Who made the change; null for the system or a partner client.").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.ActorStaffId));
    }
}
