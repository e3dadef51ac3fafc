using CrmGraph.Domain.Customers;
using CrmGraph.Server.Tests.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Churn;

/// <summary>Customers ranked by risk: order, paging, the minimum score and partner isolation, checked against the database.</summary>
[Collection(ServerCollection.Name)]
public sealed class AtRiskCustomersTests(CrmServerFixture server)
{
    [Fact]
    public async Task Pages_run_riskiest_first_then_by_id_over_every_customer_with_a_relationship_to_lose()
    {
        var expected = await server.InDatabaseAsync(db => db.Customers
            .Where(c => c.Status != CustomerStatus.Prospect && c.Status != CustomerStatus.Churned)
            .OrderByDescending(c => c.RiskScore).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync());

        var (total, nodes) = await ChurnApi.RankingAsync(server.Client, minScore: null);

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, nodes.Select(ComplaintApi.KeyOf));
        var scores = nodes.Select(n => n.GetProperty("riskScore").GetDecimal()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.True(scores[0] > scores[^1], "The demo data should hold customers of different risk.");
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("status").GetString(), new[] { "ACTIVE", "AT_RISK", "WON_BACK" }));
    }

    [Fact]
    public async Task Paging_backward_from_a_cursor_gives_the_entries_before_it()
    {
        var forward = (await server.Client.DataAsync(ChurnApi.Ranking, new { first = 10 })).GetProperty("atRiskCustomers").GetProperty("edges");
        var tenth = forward[9].GetProperty("cursor").GetString();

        var backward = (await server.Client.DataAsync(ChurnApi.Ranking, new { last = 4, before = tenth })).GetProperty("atRiskCustomers");

        Assert.Equal(
            Enumerable.Range(5, 4).Select(i => forward[i].GetProperty("node").GetProperty("id").GetString()),
            backward.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.True(backward.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task A_minimum_score_keeps_only_customers_at_or_above_it()
    {
        var first = (await server.Client.DataAsync(ChurnApi.Ranking, new { first = 30 })).GetProperty("atRiskCustomers").GetProperty("edges");
        var minScore = first[29].GetProperty("node").GetProperty("riskScore").GetDecimal();
        var expected = await server.InDatabaseAsync(db => db.Customers.CountAsync(c =>
            c.Status != CustomerStatus.Prospect && c.Status != CustomerStatus.Churned && c.RiskScore >= minScore));

        var (total, nodes) = await ChurnApi.RankingAsync(server.Client, minScore);

        Assert.Equal(expected, total);
        Assert.Equal(expected, nodes.Count);
        Assert.InRange(total, 30, 200);
        Assert.All(nodes, n => Assert.True(n.GetProperty("riskScore").GetDecimal() >= minScore));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public async Task A_minimum_score_outside_zero_to_a_hundred_is_refused(decimal minScore)
    {
        var response = await server.Client.PostAsync(ChurnApi.Ranking, new { first = 5, minScore });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_partner_ranks_only_its_own_customers()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var northId = await server.PartnerIdAsync("NORTH");
        var expected = await server.InDatabaseAsync(db => db.Customers
            .Where(c => c.PartnerId == northId && c.Status != CustomerStatus.Prospect && c.Status != CustomerStatus.Churned)
            .OrderByDescending(c => c.RiskScore).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync());
        Assert.NotEmpty(expected);

        var (total, nodes) = await ChurnApi.RankingAsync(north, minScore: null);

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, nodes.Select(ComplaintApi.KeyOf));
        Assert.All(nodes, n => Assert.Equal("NORTH", n.GetProperty("partner").GetProperty("code").GetString()));
    }
}
