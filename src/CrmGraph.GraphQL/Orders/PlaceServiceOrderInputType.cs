using CrmGraph.GraphQL.Pricing;

namespace CrmGraph.GraphQL.Orders;

public sealed class PlaceServiceOrderInputType : InputObjectGraphType<PlaceServiceOrderInput>
{
    public PlaceServiceOrderInputType()
    {
        Name = "PlaceServiceOrderInput";
        Description = "The order is priced now, exactly as `quote` would price it, and the prices are copied onto it.";
        QuoteRequestFields.AddTo(this);
        Field<IdGraphType>("staffMemberId").Description("Who took the order.");
        Field<InstantGraphType>("scheduledFor").Description("When the service is to be delivered, if agreed.");
    }
}
