using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

public sealed class CompleteServiceOrderInputType : VersionedInputType<CompleteServiceOrderInput>
{
    public CompleteServiceOrderInputType()
        : base("CompleteServiceOrderInput", ServiceOrderType.TypeName, "An order in progress, done.")
    {
        Field<InstantGraphType>("completedAt").Description("When the work was finished; now when omitted, never later than now.");
        Field<NonNullGraphType<StringGraphType>>("workNotes").Description($"What was done; at most {ServiceOrder.MaxNoteLength} characters.");
    }
}
