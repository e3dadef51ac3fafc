using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.History;

public sealed class RecordInteractionInputType : InputObjectGraphType<RecordInteractionInput>
{
    public RecordInteractionInputType()
    {
        Name = "RecordInteractionInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel");
        Field<NonNullGraphType<EnumerationGraphType<InteractionKind>>>("kind");
        Field<NonNullGraphType<EnumerationGraphType<InteractionOutcome>>>("outcome").DefaultValue(InteractionOutcome.Completed);
        Field<IdGraphType>("staffMemberId").Description("Who handled it.");
        Field<InstantGraphType>("occurredAt").Description("When it happened; now when omitted. Not in the future.");
        Field<StringGraphType>("notes").Description($"At most {Interaction.MaxNotesLength} characters.");
    }
}
