using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

internal static class ClientAudit
{
    public const string TargetType = "OAuthClient";

    /// <summary>What the audit trail keeps of a client: everything but its secret.</summary>
    public static object Snapshot(OAuthClientSummary client) =>
        new { client.ClientId, client.DisplayName, Kind = client.Kind.ToString(), client.PartnerCode, client.Scopes, client.RedirectUris, client.DisabledAt };
}
