using System.Net;
using System.Security.Cryptography;
using CrmGraph.Data;
using CrmGraph.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// With <c>GraphQL:PersistedDocuments:RequiredForPartners</c>, partner portals may run the documents under
/// <c>schema/persisted</c>, by id, and nothing else; staff clients still send documents as text.
/// </summary>
public sealed class PersistedDocumentTests(PersistedDocumentTests.PartnersBoundServer fixture) : IClassFixture<PersistedDocumentTests.PartnersBoundServer>
{
    private readonly RunningServer _server = fixture.Server;

    /// <summary>The id clients compute for a checked-in document: the SHA-256 of the file.</summary>
    private static string IdOf(string file) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryFolders.Root(), "schema", "persisted", file))));

    private async Task<GraphQLClient> PartnerAsync()
    {
        var token = await new OAuthClient(_server.BaseAddress).ClientCredentialsAsync("partner-north", "partner-north-secret", "crm.read crm.write");
        return GraphQLClient.For(_server.BaseAddress, token.AccessToken);
    }

    private static Task<GraphQLResponse> RunAsync(GraphQLClient client, string documentId, object? variables = null) =>
        client.PostRawAsync(JsonSerializer.SerializeToUtf8Bytes(new { documentId, variables }));

    private Task<int> ComplaintsAsync() => InDatabaseAsync(db => db.Complaints.CountAsync());

    private async Task<T> InDatabaseAsync<T>(Func<CrmDbContext, Task<T>> work)
    {
        await using var scope = _server.Services.CreateServerWorkScope();
        return await work(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    [Fact]
    public async Task A_partner_runs_a_known_document_by_id_and_sees_its_own_customers()
    {
        using var partner = await PartnerAsync();
        var north = await InDatabaseAsync(db => db.Customers.CountAsync(c => db.Partners.Any(p => p.Id == c.PartnerId && p.Code == "NORTH")));

        var response = await RunAsync(partner, IdOf("partner-customers.graphql"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(north, response.Data.GetProperty("customers").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_partner_sending_document_text_is_refused_and_nothing_is_filed()
    {
        using var partner = await PartnerAsync();
        var customerId = (await RunAsync(partner, IdOf("partner-customers.graphql"))).Data.GetProperty("customers").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();
        var before = await ComplaintsAsync();

        // Even the text of a known document: the rule is about what is sent, not what it says.
        var response = await partner.PostAsync(
            await File.ReadAllTextAsync(Path.Combine(RepositoryFolders.Root(), "schema", "persisted", "partner-file-complaint.graphql")),
            new { input = new { customerId, category = "SERVICE", severity = "LOW", channel = "PHONE", description = "Sent as text." } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["PERSISTED_DOCUMENT_REQUIRED"], response.ErrorCodes);
        Assert.Equal(before, await ComplaintsAsync());
    }

    [Fact]
    public async Task A_partner_files_a_complaint_through_the_known_mutation()
    {
        using var partner = await PartnerAsync();
        var customers = await RunAsync(partner, IdOf("partner-customers.graphql"));
        var customerId = customers.Data.GetProperty("customers").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();
        var before = await ComplaintsAsync();

        var response = await RunAsync(
            partner,
            IdOf("partner-file-complaint.graphql"),
            new { input = new { customerId, category = "SERVICE", severity = "LOW", channel = "PHONE", description = "Filed through a persisted document." } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(0, response.Data.GetProperty("fileComplaint").GetProperty("errors").GetArrayLength());
        Assert.Equal(before + 1, await ComplaintsAsync());
    }

    [Fact]
    public async Task An_unknown_id_is_refused_with_persisted_document_not_found()
    {
        using var partner = await PartnerAsync();

        var response = await RunAsync(partner, "sha256:" + new string('0', 64));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["PERSISTED_DOCUMENT_NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task Staff_clients_still_send_document_text()
    {
        var admin = await new OAuthClient(_server.BaseAddress).SignInStaffAsync(CrmServerFixture.AdminEmail, CrmServerFixture.StaffPassword);
        using var client = GraphQLClient.For(_server.BaseAddress, admin.AccessToken);

        var data = await client.DataAsync("{ customers(first: 1) { totalCount } }");

        Assert.True(data.GetProperty("customers").GetProperty("totalCount").GetInt32() > 0);
    }

    /// <summary>A Development server with the demo data whose partner clients are bound to the known documents.</summary>
    public sealed class PartnersBoundServer : ConfiguredServer
    {
        protected override string Environment => "Development";

        protected override string[] Settings(string dataFolder) => ["--GraphQL:PersistedDocuments:RequiredForPartners", "true"];
    }
}
