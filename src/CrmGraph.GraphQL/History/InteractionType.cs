using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.History;

public sealed class InteractionType : NodeGraphType<Interaction>
{
    public const string TypeName = "Interaction";

    public static readonly ChildListQuery<Interaction> ByCustomer = ChildLists.NewestFirst<Interaction>(i => i.CustomerId, i => i.OccurredAt, i => i.Id);

    public InteractionType()
        : base(TypeName, i => i.Id, "A service encounter (a \"moment of truth\"): one contact between customer and company.")
    {
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel").Resolve(ctx => ctx.Source.Channel);
        Field<NonNullGraphType<EnumerationGraphType<InteractionKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<EnumerationGraphType<InteractionOutcome>>>("outcome").Resolve(ctx => ctx.Source.Outcome);
        Field<NonNullGraphType<InstantGraphType>>("occurredAt").Resolve(ctx => ctx.Source.OccurredAt);
        Field(i => i.Notes, nullable: true);
        Field<NonNullGraphType<CustomerType>>("customer").Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
        Field<StaffMemberType>("staffMember").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.StaffMemberId));
    }
}
