using System.Net;
using CrmGraph.Data.Accounts;
using CrmGraph.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// What the authorization server withdraws reaches the API within the revocation-check interval: a revoked access
/// token, a grant revoked by refresh-token reuse, a locked staff account and an inactive staff member.
/// </summary>
public sealed class RevocationTests(QuickRevocationServer server) : IClassFixture<QuickRevocationServer>
{
    private const string Scopes = "openid offline_access crm.read";

    [Fact]
    public async Task A_revoked_access_token_stops_reading_data()
    {
        var token = await server.OAuth.ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read");
        using var client = server.ClientWithToken(token.AccessToken);
        await client.DataAsync(WithdrawnAccess.Query);

        var (status, _) = await server.OAuth.PostFormAsync("/connect/revoke", [new("token", token.AccessToken)], ("partner-north", "partner-north-secret"));
        Assert.Equal(HttpStatusCode.OK, status);

        await WithdrawnAccess.RefusedWithinAsync(client, server.RevocationCheckInterval);
    }

    [Fact]
    public async Task Reusing_a_refresh_token_also_stops_the_access_tokens_of_its_grant()
    {
        var email = await server.CreateStaffAccountAsync("reuse-test-password");
        var signedIn = await server.OAuth.SignInStaffAsync(email, "reuse-test-password", Scopes);
        using var client = server.ClientWithToken(signedIn.AccessToken);
        await client.DataAsync(WithdrawnAccess.Query);

        Assert.Null((await server.OAuth.RefreshAsync(signedIn.RefreshToken!)).Error);
        Assert.Equal("invalid_grant", (await server.OAuth.RefreshAsync(signedIn.RefreshToken!)).Error);

        await WithdrawnAccess.RefusedWithinAsync(client, server.RevocationCheckInterval);
    }

    [Fact]
    public async Task Locking_a_staff_account_stops_its_access_tokens_and_refresh_tokens()
    {
        const string password = "locked-test-password";
        var email = await server.CreateStaffAccountAsync(password);
        var signedIn = await server.OAuth.SignInStaffAsync(email, password, Scopes);
        using var client = server.ClientWithToken(signedIn.AccessToken);
        await client.DataAsync(WithdrawnAccess.Query);

        // What an administrator's lock does.
        await using (var scope = server.Services.CreateServerWorkScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var account = await accounts.FindByEmailAsync(email);
            Assert.True((await accounts.SetLockoutEndDateAsync(account!, DateTimeOffset.UtcNow.AddHours(1))).Succeeded);
        }

        await WithdrawnAccess.RefusedWithinAsync(client, server.RevocationCheckInterval);
        Assert.Equal("invalid_grant", (await server.OAuth.RefreshAsync(signedIn.RefreshToken!)).Error);
    }

    [Fact]
    public async Task Deactivating_a_staff_member_stops_their_access_tokens()
    {
        const string password = "inactive-test-password";
        var email = await server.CreateStaffAccountAsync(password);
        var signedIn = await server.OAuth.SignInStaffAsync(email, password, Scopes);
        using var client = server.ClientWithToken(signedIn.AccessToken);
        await client.DataAsync(WithdrawnAccess.Query);

        var staffId = await server.InDatabaseAsync(db => db.StaffMembers.Where(s => s.Email == email).Select(s => s.Id).SingleAsync());
        await SetActiveAsync(staffId, active: false);
        try
        {
            await WithdrawnAccess.RefusedWithinAsync(client, server.RevocationCheckInterval);
        }
        finally
        {
            await SetActiveAsync(staffId, active: true);
        }
    }

    private Task<int> SetActiveAsync(int staffId, bool active) =>
        server.InDatabaseAsync(db => db.StaffMembers.Where(s => s.Id == staffId).ExecuteUpdateAsync(set => set.SetProperty(s => s.Active, active)));
}
