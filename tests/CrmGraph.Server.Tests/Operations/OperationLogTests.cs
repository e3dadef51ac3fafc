using System.Net.Http.Json;
using CrmGraph.Data;
using CrmGraph.Data.Access;
using CrmGraph.Data.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>
/// Each GraphQL operation leaves one structured log line: what ran, for which client, staff member and partner, how
/// long it took, the SQL statements it sent and the error codes it answered with.
/// </summary>
[Collection(ObservedServer.Collection)]
public sealed class OperationLogTests(ObservedServer observed)
{
    private const string Category = "CrmGraph.GraphQL.Diagnostics.OperationLog";

    private RunningServer Server => observed.Server;

    private long SqlStatements => Server.Services.GetRequiredService<SqlStatementCounter>().Count;

    [Fact]
    public async Task A_partner_query_is_logged_with_its_client_partner_duration_and_exactly_the_sql_statements_it_sent()
    {
        using var partner = await ClientAsync("partner-north", "crm.read");
        var before = SqlStatements;
        await partner.DataAsync("query LoggedNorthCustomers { customers(first: 5) { totalCount edges { node { name partner { code } } } } }");
        var sent = SqlStatements - before;

        var line = LineOf("LoggedNorthCustomers");
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("GraphQLOperation", line.EventId.Name);
        Assert.Equal("query", line.Properties["OperationKind"]);
        Assert.Equal("partner-north", line.Properties["ClientId"]);
        Assert.Equal(await PartnerIdAsync("NORTH"), line.Properties["PartnerId"]);
        Assert.Null(line.Properties["StaffId"]);
        Assert.True(sent > 0);
        Assert.Equal((int)sent, line.Properties["SqlStatements"]);
        Assert.Equal(0, line.Properties["ErrorCount"]);
        Assert.InRange((double)line.Properties["DurationMs"]!, double.Epsilon, 60_000);
    }

    [Fact]
    public async Task A_refused_staff_mutation_is_logged_with_the_staff_member_and_its_error_code()
    {
        var token = await observed.OAuth.SignInStaffAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, "openid crm.read");
        using var agent = GraphQLClient.For(Server.BaseAddress, token.AccessToken);
        var refused = await agent.PostAsync("mutation LoggedRefusal { createCustomer(input: { name: \"Nope Ltd\" }) { errors { code } } }");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes);

        var line = LineOf("LoggedRefusal");
        Assert.Equal("mutation", line.Properties["OperationKind"]);
        Assert.Equal("crm-web", line.Properties["ClientId"]);
        Assert.Equal(int.Parse(token.AccessTokenClaims.GetProperty("staff_id").GetString()!, System.Globalization.CultureInfo.InvariantCulture), line.Properties["StaffId"]);
        Assert.Null(line.Properties["PartnerId"]);
        Assert.Equal(1, line.Properties["ErrorCount"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", line.Properties["ErrorCodes"]);
        Assert.Equal(0, line.Properties["SqlStatements"]);
    }

    [Fact]
    public async Task Each_operation_of_a_batch_is_logged_with_its_own_share_of_the_sql_statements()
    {
        using var partner = await ClientAsync("partner-south", "crm.read");
        var before = SqlStatements;
        using var response = await partner.Http.PostAsJsonAsync("/graphql", new[]
        {
            new { query = "query LoggedBatchFirst { customers(first: 2) { totalCount } }" },
            new { query = "query LoggedBatchSecond { serviceProducts(first: 3) { edges { node { name } } } }" },
        });
        response.EnsureSuccessStatusCode();
        var sent = SqlStatements - before;

        var first = (int)LineOf("LoggedBatchFirst").Properties["SqlStatements"]!;
        var second = (int)LineOf("LoggedBatchSecond").Properties["SqlStatements"]!;
        Assert.True(first > 0 && second > 0, $"Each operation sent statements: {first} and {second}.");
        Assert.Equal(sent, first + second);
    }

    private CapturedLog LineOf(string operationName) =>
        Assert.Single(observed.Logs.Entries, e => e.Category == Category && Equals(e.Properties.GetValueOrDefault("OperationName"), operationName));

    private async Task<GraphQLClient> ClientAsync(string clientId, string scope)
    {
        var token = await observed.OAuth.ClientCredentialsAsync(clientId, clientId + "-secret", scope);
        return GraphQLClient.For(Server.BaseAddress, token.AccessToken);
    }

    private async Task<int> PartnerIdAsync(string code)
    {
        await using var scope = Server.Services.CreateServerWorkScope();
        return await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Partners.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }
}
