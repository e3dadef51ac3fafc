namespace CrmGraph.Server.Tests.Administration;

/// <summary>The demo administrator signed in with the administration scope, as an admin console would.</summary>
public static class AdminSession
{
    public const string Scope = "crm.admin";

    public static Task<GraphQLClient> SignInAsync(CrmServerFixture server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.StaffClientAsync(CrmServerFixture.AdminEmail, OAuthClient.AllStaffScopes + " " + Scope);
    }
}
