using CrmGraph.Domain.Staff;

namespace CrmGraph.Identity.Demo;

/// <summary>The Development-only identities a newcomer can try at once. Never created outside Development.</summary>
public static class DemoIdentities
{
    public const string StaffPassword = "crmgraph-demo-password";

    public const string WebClientId = "crm-web";

    public static Uri WebRedirectUri { get; } = new("http://localhost:5173/signin-callback");

    public static Uri WebPostLogoutRedirectUri { get; } = new("http://localhost:5173/");

    /// <summary>Partner portals: client id, Development secret and the code of the seeded partner each is bound to.</summary>
    public static IReadOnlyList<(string ClientId, string Secret, string PartnerCode)> PartnerClients { get; } =
    [
        ("partner-north", "partner-north-secret", "NORTH"),
        ("partner-south", "partner-south-secret", "SOUTH"),
    ];

    /// <summary>An internal machine client bound to no partner (integrations, benchmarks): sees every customer.</summary>
    public static (string ClientId, string Secret) InternalClient { get; } = ("crm-integration", "crm-integration-secret");

    /// <summary>The seeded staff members who get a sign-in account, one per role a front-end distinguishes.</summary>
    public static IReadOnlyList<StaffRole> StaffRoles { get; } = [StaffRole.Agent, StaffRole.ServiceManager, StaffRole.Administrator];
}
