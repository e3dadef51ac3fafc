using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

public sealed class AddOnServicePayloadType : PayloadType<AddOnService, AddOnServiceType>
{
    public AddOnServicePayloadType()
        : base("AddOnServicePayload", "addOn")
    {
    }
}
