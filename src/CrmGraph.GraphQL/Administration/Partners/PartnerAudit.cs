using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Administration.Partners;

internal static class PartnerAudit
{
    public const string TargetType = "Partner";

    /// <summary>What the audit trail keeps of a partner before and after a change.</summary>
    public static object Snapshot(Partner partner) => new { partner.Code, partner.Name, partner.Region, partner.ContactEmail, partner.Active };
}
