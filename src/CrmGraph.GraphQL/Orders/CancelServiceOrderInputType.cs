using CrmGraph.Domain.Orders;

namespace CrmGraph.GraphQL.Orders;

public sealed class CancelServiceOrderInputType : VersionedInputType<CancelServiceOrderInput>
{
    public CancelServiceOrderInputType()
        : base("CancelServiceOrderInput", ServiceOrderType.TypeName, "An order not yet completed, to call off.")
    {
        Field<NonNullGraphType<StringGraphType>>("reason").Description($"Why; at most {ServiceOrder.MaxNoteLength} characters.");
    }
}
