using CrmGraph.GraphQL.Common;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Staff.PerformanceQueries;

namespace CrmGraph.Server.Tests.Staff;

/// <summary>
/// Who sees whose figures: the scope and a staff role are checked before anything runs; then an administrator
/// sees everyone's, a service manager their team's, an agent or technician their own.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class StaffPerformanceAccessTests(CrmServerFixture server) : IAsyncLifetime
{
    private const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    private PerformanceTeam _team = null!;

    public async Task InitializeAsync() => _team = await PerformanceTeam.CreateAsync(server);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_agent_gets_only_their_own_row_ranked_within_the_whole_team()
    {
        using var agent = await _team.SignInAsync("Ada");

        foreach (var team in new[] { null, _team.Name })
        {
            var rows = Rows(await agent.DataAsync(Team, new { period = PerformanceTeam.Quarter, team }));
            var (name, figures) = Assert.Single(rows);
            Assert.Equal("Ada Agent", name);
            Assert.Equal(2m, Number(figures, "rank"));
        }

        Assert.Empty(Rows(await agent.DataAsync(Team, new { period = PerformanceTeam.Quarter, team = "Hotline" })));
    }

    [Fact]
    public async Task A_technician_gets_only_their_own_row()
    {
        using var technician = await _team.SignInAsync("Tia");

        var (name, _) = Assert.Single(Rows(await technician.DataAsync(Team, new { period = PerformanceTeam.Quarter })));

        Assert.Equal("Tia Technician", name);
        await AssertRefusedAsync(technician, _team.IdOf("Ben"), "an agent or technician sees only their own figures");
    }

    [Fact]
    public async Task An_agent_asking_about_a_colleague_is_refused_naming_the_rule()
    {
        using var agent = await _team.SignInAsync("Ada");

        await AssertRefusedAsync(agent, _team.IdOf("Ben"), "an agent or technician sees only their own figures");
        var own = await agent.DataAsync(OfMember, new { id = _team.IdOf("Ada"), period = PerformanceTeam.Quarter });
        Assert.Equal(4m, Number(own.GetProperty("node").GetProperty("performance"), "complaintsAssigned"));
    }

    [Fact]
    public async Task A_manager_sees_their_team_and_nobody_elses()
    {
        using var manager = await _team.SignInAsync("Mia");
        var hotlineAgent = await server.InDatabaseAsync(db => db.StaffMembers.Where(s => s.Email == CrmServerFixture.AgentEmail).Select(s => s.Id).SingleAsync());

        Assert.Equal(4, Rows(await manager.DataAsync(Team, new { period = PerformanceTeam.Quarter, team = _team.Name })).Count);
        Assert.Empty(Rows(await manager.DataAsync(Team, new { period = PerformanceTeam.Quarter, team = "Hotline" })));
        var ben = await manager.DataAsync(OfMember, new { id = _team.IdOf("Ben"), period = PerformanceTeam.Quarter });
        Assert.Equal(1m, Number(ben.GetProperty("node").GetProperty("performance"), "rank"));
        await AssertRefusedAsync(manager, GlobalId.Encode("StaffMember", hotlineAgent), $"a service manager sees only the figures of their own team ({_team.Name})");
    }

    [Fact]
    public async Task An_administrator_sees_every_team_or_the_one_named()
    {
        var everyone = Rows(await server.Client.DataAsync(Team, new { period = PerformanceTeam.Quarter }));
        var staffCount = await server.InDatabaseAsync(db => db.StaffMembers.CountAsync());

        Assert.Equal(staffCount, everyone.Count);
        Assert.Contains(everyone, r => r.Name == "Hotline Manager");
        Assert.Equal(["Ben Agent", "Ada Agent", "Mia Manager", "Tia Technician"], Rows(await server.Client.DataAsync(Team, new { period = PerformanceTeam.Quarter, team = _team.Name })).Select(r => r.Name));
    }

    [Fact]
    public async Task Partners_are_refused_before_anything_runs()
    {
        using var partner = await server.PartnerClientAsync("partner-north");

        AssertRefused(await partner.PostAsync(Team, new { period = PerformanceTeam.Quarter }), "Query.staffPerformance", "staff.performance");
        AssertRefused(await partner.PostAsync(OfMember, new { id = _team.IdOf("Ada"), period = PerformanceTeam.Quarter }), "StaffMember.performance", "staff.performance");
    }

    [Fact]
    public async Task Staff_whose_token_lacks_the_staff_performance_scope_are_refused()
    {
        using var agent = await _team.SignInAsync("Ada", "openid crm.read");

        AssertRefused(await agent.PostAsync(Team, new { period = PerformanceTeam.Quarter }), "Query.staffPerformance", "staff.performance");
    }

    [Fact]
    public async Task The_figures_of_many_staff_members_cost_a_few_statements_not_one_per_member()
    {
        const string EveryMember = """
            query($period: PeriodInput!) { staffMembers(first: 100) { edges { node { name performance(period: $period) { rank complaintsResolved } } } } }
            """;
        var (data, statements) = await server.DataWithSqlStatementsAsync(EveryMember, new { period = PerformanceTeam.Quarter });
        var members = data.GetProperty("staffMembers").GetProperty("edges");

        // The page, the viewer, the roster of their teams and five grouped statements.
        Assert.True(members.GetArrayLength() > 20);
        Assert.All(members.EnumerateArray(), e => Assert.NotNull(Number(e.GetProperty("node").GetProperty("performance"), "rank")));
        Assert.InRange(statements, 1, 8);

        // The viewer, the roster and five grouped statements.
        Assert.InRange((await server.DataWithSqlStatementsAsync(Team, new { period = PerformanceTeam.Quarter })).SqlStatements, 1, 7);
    }

    private static async Task AssertRefusedAsync(GraphQLClient client, string staffMemberId, string rule)
    {
        var response = await client.PostAsync(OfMember, new { id = staffMemberId, period = PerformanceTeam.Quarter });

        Assert.Equal([NotAuthorized], response.ErrorCodes);
        Assert.Contains(rule, response.Errors!.Value[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").GetProperty("performance").ValueKind);
    }

    /// <summary>Refused whole with AUTH_NOT_AUTHORIZED only, one error naming <paramref name="field"/> and what is <paramref name="missing"/>; no data.</summary>
    private static void AssertRefused(GraphQLResponse response, string field, string missing)
    {
        Assert.All(response.ErrorCodes, code => Assert.Equal(NotAuthorized, code));
        Assert.Contains(
            response.Errors!.Value.EnumerateArray().Select(e => e.GetProperty("message").GetString()!),
            message => message.Contains(field, StringComparison.Ordinal) && message.Contains(missing, StringComparison.Ordinal));
        Assert.True(!response.Body.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, $"Data leaked: {response.Body}");
    }
}
