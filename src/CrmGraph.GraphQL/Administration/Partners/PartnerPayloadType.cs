using CrmGraph.Domain.Partners;
using CrmGraph.GraphQL.Partners;

namespace CrmGraph.GraphQL.Administration.Partners;

public sealed class PartnerPayloadType : PayloadType<Partner, PartnerType>
{
    public PartnerPayloadType()
        : base("PartnerPayload", "partner")
    {
    }
}
