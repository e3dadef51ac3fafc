using CrmGraph.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Administration;

/// <summary>Bad administrative input gets a typed error and changes nothing, audit trail included.</summary>
[Collection(ServerCollection.Name)]
public sealed class AdministrationInputTests(CrmServerFixture server) : AdministratorSession(server)
{
    [Fact]
    public async Task A_duplicate_partner_code_is_a_duplicate_error()
    {
        var before = await CountsAsync();
        var payload = await MutateAsync(AdminDocuments.CreatePartner, "createPartner", new { code = "north", name = "Another North" });
        Assert.Equal("DuplicateError", AdminDocuments.SingleErrorType(payload));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_unknown_role_is_refused_before_anything_runs()
    {
        var before = await CountsAsync();
        var response = await Admin.PostAsync(AdminDocuments.CreateStaffMember, new { input = new { name = "Wanda", email = "wanda@crmgraph.example", role = "WIZARD", team = "Hotline" } });
        Assert.Equal(["INVALID_VALUE"], response.ErrorCodes.Distinct());
        Assert.Contains("WIZARD", response.Errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_duplicate_staff_email_is_a_duplicate_error()
    {
        var before = await CountsAsync();
        var payload = await MutateAsync(AdminDocuments.CreateStaffMember, "createStaffMember", new { name = "Admin Again", email = CrmServerFixture.AdminEmail, role = "AGENT", team = "Hotline" });
        Assert.Equal("DuplicateError", AdminDocuments.SingleErrorType(payload));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("/signin-callback")]
    [InlineData("not an address")]
    [InlineData("https://app.example/callback#fragment")]
    public async Task A_redirect_address_that_is_not_absolute_is_a_validation_error(string redirectUri)
    {
        var before = await CountsAsync();
        var payload = await MutateAsync(AdminDocuments.CreatePublicClient, "createPublicClient", new { clientId = "bad-frontend", displayName = "Bad", redirectUris = new[] { redirectUri } });
        Assert.Equal("ValidationError", AdminDocuments.SingleErrorType(payload));
        Assert.Equal(["input", "redirectUris"], Assert.Single(payload.GetProperty("errors").EnumerateArray()).GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("INTERNAL", "crm.admin")]
    [InlineData("INTERNAL", "staff.performance")]
    [InlineData("PARTNER", "pricing.admin")]
    public async Task A_scope_the_client_kind_may_not_have_is_a_validation_error(string kind, string scope)
    {
        var before = await CountsAsync();
        var partnerId = kind == "PARTNER" ? GlobalId.Encode("Partner", await Server.PartnerIdAsync("NORTH")) : null;
        var payload = await MutateAsync(AdminDocuments.CreateConfidentialClient, "createConfidentialClient", new { clientId = "greedy-client", displayName = "Greedy", kind, partnerId, scopes = new[] { "crm.read", scope } });
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Contains(scope, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_partner_client_without_its_partner_is_a_validation_error()
    {
        var payload = await MutateAsync(AdminDocuments.CreateConfidentialClient, "createConfidentialClient", new { clientId = "orphan-client", displayName = "Orphan", kind = "PARTNER", scopes = new[] { "crm.read" } });
        Assert.Equal("ValidationError", AdminDocuments.SingleErrorType(payload));
    }

    [Fact]
    public async Task Editing_a_partner_from_a_stale_version_is_a_concurrency_conflict()
    {
        var code = "STALE-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var created = (await MutateAsync(AdminDocuments.CreatePartner, "createPartner", new { code, name = "Stale Test" })).GetProperty("partner");
        var id = created.GetProperty("id").GetString();
        var first = await MutateAsync(AdminDocuments.UpdatePartner, "updatePartner", new { partnerId = id, version = 0, name = "First edit", region = "West" });
        AdminDocuments.AssertNoErrors(first);
        Assert.Equal(1, first.GetProperty("partner").GetProperty("version").GetInt32());

        var stale = await MutateAsync(AdminDocuments.UpdatePartner, "updatePartner", new { partnerId = id, version = 0, name = "Second edit" });
        Assert.Equal("ConcurrencyConflictError", AdminDocuments.SingleErrorType(stale));
        var saved = await Server.InDatabaseAsync(db => db.Partners.Where(p => p.Code == code).Select(p => new { p.Name, p.Region }).SingleAsync());
        Assert.Equal(("First edit", "West"), (saved.Name, saved.Region));
    }

    private Task<(int Partners, int Staff, int Audit, int Clients)> CountsAsync() =>
        Server.InDatabaseAsync(async db => (await db.Partners.CountAsync(), await db.StaffMembers.CountAsync(), await db.AuditEntries.CountAsync(),
            await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>().CountAsync()));
}
