using CrmGraph.Domain.Catalog;

namespace CrmGraph.GraphQL.Catalog;

public sealed class ServiceProductPayloadType : PayloadType<ServiceProduct, ServiceProductType>
{
    public ServiceProductPayloadType()
        : base("ServiceProductPayload", "product")
    {
    }
}
