using CrmGraph.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace CrmGraph.Server.Tests.Administration;

/// <summary>Administration is for administrators signed in through a front-end granted crm.admin, and for no one else.</summary>
[Collection(ServerCollection.Name)]
public sealed class AdministrationAccessTests(CrmServerFixture server)
{
    private const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    private const string Unused = "UGFydG5lcjo5OTk5OTk=";

    private static readonly (string Document, object Variables)[] EveryAdministrativeOperation =
    [
        (AdminDocuments.CreatePartner, new { input = new { code = "REFUSED", name = "Refused" } }),
        (AdminDocuments.UpdatePartner, new { input = new { partnerId = Unused, version = 0, name = "Refused" } }),
        (AdminDocuments.DeactivatePartner, new { input = new { partnerId = Unused, version = 0 } }),
        (AdminDocuments.CreateStaffMember, new { input = new { name = "Refused", email = "refused@crmgraph.example", role = "AGENT", team = "Hotline" } }),
        (AdminDocuments.UpdateStaffMember, new { input = new { staffMemberId = Unused, version = 0, role = "AGENT", team = "Hotline" } }),
        (AdminDocuments.DeactivateStaffMember, new { input = new { staffMemberId = Unused } }),
        (AdminDocuments.InviteStaffAccount, new { input = new { staffMemberId = Unused } }),
        (AdminDocuments.ResetStaffPassword, new { input = new { staffMemberId = Unused } }),
        (AdminDocuments.UnlockStaffAccount, new { input = new { staffMemberId = Unused } }),
        (AdminDocuments.ResetStaffAuthenticator, new { input = new { staffMemberId = Unused } }),
        (AdminDocuments.CreateConfidentialClient, new { input = new { clientId = "refused-client", displayName = "x", kind = "INTERNAL", scopes = new[] { "crm.read" } } }),
        (AdminDocuments.CreatePublicClient, new { input = new { clientId = "refused-frontend", displayName = "x", redirectUris = new[] { "https://x.example/cb" } } }),
        (AdminDocuments.RotateClientSecret, new { input = new { clientId = "crm-integration" } }),
        (AdminDocuments.DisableClient, new { input = new { clientId = "crm-integration" } }),
        (AdminDocuments.DeleteClient, new { input = new { clientId = "crm-integration" } }),
        ("{ auditTrail(first: 1) { totalCount } }", new { }),
        ("{ oauthClients { clientId } }", new { }),
    ];

    public static TheoryData<string> Callers => ["agent", "manager", "partner", "administrator without crm.admin"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_administrative_operation_refuses_anyone_but_an_administrator_with_crm_admin(string caller)
    {
        using var client = caller switch
        {
            "agent" => await server.StaffClientAsync(CrmServerFixture.AgentEmail, OAuthClient.AllStaffScopes + " " + AdminSession.Scope),
            "manager" => await server.StaffClientAsync(CrmServerFixture.ManagerEmail, OAuthClient.AllStaffScopes + " " + AdminSession.Scope),
            "partner" => await server.PartnerClientAsync("partner-north"),
            _ => await server.StaffClientAsync(CrmServerFixture.AdminEmail, OAuthClient.AllStaffScopes),
        };
        var before = await CountsAsync();

        foreach (var (document, variables) in EveryAdministrativeOperation)
        {
            var response = await client.PostAsync(document, variables);
            Assert.True(response.ErrorCodes.Contains(NotAuthorized), $"{caller} was not refused {document}: {response.Body}");
        }

        Assert.Equal(before, await CountsAsync());
        await using var scope = server.Services.CreateServerWorkScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().FindByClientIdAsync("crm-integration"));
    }

    [Fact]
    public async Task A_partner_client_cannot_even_ask_for_crm_admin()
    {
        var token = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read crm.admin");
        Assert.Equal("invalid_scope", token.Error);
    }

    private Task<(int Partners, int Staff, int Audit)> CountsAsync() =>
        server.InDatabaseAsync(async db => (await db.Partners.CountAsync(), await db.StaffMembers.CountAsync(), await db.AuditEntries.CountAsync()));
}
