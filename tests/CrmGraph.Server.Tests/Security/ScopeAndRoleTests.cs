using CrmGraph.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// Scopes say what a client may touch, roles what a person may see. A document that asks for anything the
/// caller may not have is refused whole, before it runs, with AUTH_NOT_AUTHORIZED naming what is missing.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ScopeAndRoleTests(CrmServerFixture server)
{
    private const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    [Fact]
    public async Task Reading_needs_crm_read()
    {
        using var writeOnly = await server.PartnerClientAsync("partner-north", "crm.write");
        AssertRefused(await writeOnly.PostAsync("{ customers { totalCount } }"), "Query.customers", "crm.read");
    }

    [Fact]
    public async Task Reading_any_object_needs_crm_read_even_from_a_mutation_payload()
    {
        using var writeOnly = await server.PartnerClientAsync("partner-north", "crm.write");
        const string Mutation = "mutation { createCustomer(input: { name: \" \" }) { customer { id } errors { code } } }";
        AssertRefused(await writeOnly.PostAsync(Mutation), "Customer.id", "crm.read");

        // Without reading anything back the write itself is allowed: it runs and reports its validation error.
        var data = await writeOnly.DataAsync("mutation { createCustomer(input: { name: \" \" }) { errors { code } } }");
        Assert.Equal("VALIDATION", data.GetProperty("createCustomer").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Writing_needs_crm_write_and_a_refused_mutation_changes_nothing()
    {
        using var readOnly = await server.PartnerClientAsync("partner-north", "crm.read");
        var before = await server.InDatabaseAsync(db => db.Customers.CountAsync());

        var response = await readOnly.PostAsync("mutation { createCustomer(input: { name: \"Read-only Ltd\" }) { errors { code } } }");
        AssertRefused(response, "Mutation.createCustomer", "crm.write");
        Assert.Equal(before, await server.InDatabaseAsync(db => db.Customers.CountAsync()));
    }

    [Fact]
    public async Task Partners_may_not_list_staff_or_price_lists()
    {
        using var partner = await server.PartnerClientAsync("partner-north");
        AssertRefused(await partner.PostAsync("{ staffMembers { totalCount } }"), "Query.staffMembers", "role");
        AssertRefused(await partner.PostAsync("{ priceLists { id } }"), "Query.priceLists", "pricing.admin");
    }

    [Fact]
    public async Task Agents_and_technicians_may_list_staff_but_not_administer_prices_even_when_asking_for_it()
    {
        var technician = await server.CreateStaffAccountAsync("technician-test-password", StaffRole.Technician);
        using var agentClient = await server.StaffClientAsync(CrmServerFixture.AgentEmail);
        var technicianToken = await server.OAuth.SignInStaffAsync(technician, "technician-test-password");
        using var technicianClient = server.ClientWithToken(technicianToken.AccessToken);
        Assert.Equal("Technician", technicianToken.AccessTokenClaims.GetProperty("role").GetString());

        foreach (var client in new[] { agentClient, technicianClient })
        {
            var staff = await client.DataAsync("{ staffMembers { totalCount } }");
            Assert.True(staff.GetProperty("staffMembers").GetProperty("totalCount").GetInt32() > 0);
            AssertRefused(await client.PostAsync("{ priceLists { id } }"), "Query.priceLists", "pricing.admin");
        }
    }

    [Fact]
    public async Task Service_managers_and_administrators_administer_prices_only_with_the_pricing_scope()
    {
        var expected = await server.InDatabaseAsync(db => db.PriceLists.CountAsync());
        using var manager = await server.StaffClientAsync(CrmServerFixture.ManagerEmail);
        foreach (var client in new[] { manager, server.Client })
        {
            var lists = await client.DataAsync("{ priceLists { id code } }");
            Assert.Equal(expected, lists.GetProperty("priceLists").GetArrayLength());
        }

        // The role alone is not enough: the front-end must also have asked for the scope.
        using var withoutScope = await server.StaffClientAsync(CrmServerFixture.ManagerEmail, "openid crm.read");
        AssertRefused(await withoutScope.PostAsync("{ priceLists { id } }"), "Query.priceLists", "pricing.admin");
    }

    [Fact]
    public async Task A_document_mixing_allowed_and_refused_fields_returns_no_data_at_all()
    {
        using var partner = await server.PartnerClientAsync("partner-north");
        var response = await partner.PostAsync("{ customers { totalCount } staffMembers { totalCount } }");
        AssertRefused(response, "Query.staffMembers", "role");
    }

    /// <summary>Exactly one error, AUTH_NOT_AUTHORIZED, about <paramref name="field"/> and naming <paramref name="missing"/>; no data.</summary>
    [Fact]
    public async Task Partners_see_their_account_managers_names_but_cannot_read_the_staff_directory_through_node()
    {
        using var partner = await server.PartnerClientAsync("partner-north");
        var northId = await server.PartnerIdAsync("NORTH");
        var managerName = await server.InDatabaseAsync(db => db.StaffMembers
            .Where(s => db.Customers.Any(c => c.PartnerId == northId && c.AccountManagerId == s.Id))
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).FirstAsync());
        var managerId = Jwt.Base64UrlEncode($"StaffMember:{managerName.Id}"); // a global id is base64url of "Type:key"

        var named = await partner.DataAsync($"{{ node(id: \"{managerId}\") {{ ... on StaffMember {{ name }} }} }}");
        Assert.Equal(managerName.Name, named.GetProperty("node").GetProperty("name").GetString());
        AssertRefused(await partner.PostAsync($"{{ node(id: \"{managerId}\") {{ ... on StaffMember {{ email }} }} }}"), "StaffMember.email", "role");
    }

    private static void AssertRefused(GraphQLResponse response, string field, string missing)
    {
        Assert.Equal([NotAuthorized], response.ErrorCodes);
        var message = response.Errors!.Value[0].GetProperty("message").GetString();
        Assert.Contains(field, message, StringComparison.Ordinal);
        Assert.Contains(missing, message, StringComparison.Ordinal);
        Assert.True(!response.Body.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, $"Data leaked: {response.Body}");
    }
}
