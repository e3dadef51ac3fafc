using CrmGraph.Domain.History;

namespace CrmGraph.GraphQL.History;

public sealed class InteractionPayloadType : PayloadType<Interaction, InteractionType>
{
    public InteractionPayloadType()
        : base("RecordInteractionPayload", "interaction")
    {
    }
}
