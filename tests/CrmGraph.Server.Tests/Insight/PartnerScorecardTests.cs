using CrmGraph.Server.Tests.Complaints;
using CrmGraph.Server.Tests.Satisfaction;
using static CrmGraph.Server.Tests.Insight.InsightApi;

namespace CrmGraph.Server.Tests.Insight;

/// <summary>
/// Scorecards over a known period recorded through the API for a partner of its own: customers A, B and C active
/// before it; in it C lost, B ordering, one complaint of A answered at once, and one very satisfied survey.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class PartnerScorecardTests(CrmServerFixture server)
{
    private const string OwnScorecard = """
        query($id: ID!, $period: PeriodInput!) { node(id: $id) { ... on Partner { scorecard(period: $period) {
          customers churnRatePercent ranks { customers churnRate } partnersRanked } } } }
        """;

    [Fact]
    public async Task A_partners_figures_follow_the_definitions_and_rank_it_among_all_partners()
    {
        var known = await KnownPeriodAsync();

        var all = await ScorecardsAsync(server.Client, known.From, known.To);

        var own = all.Single(s => s.GetProperty("partner").GetProperty("id").GetString() == known.PartnerId);
        Assert.Equal((2, 66.67m, 33.33m), (Int(own, "customers"), Decimal(own, "activeSharePercent"), Decimal(own, "churnRatePercent")));
        Assert.Equal((50m, 100m, 100m, 100m), (Decimal(own, "complaintsPer100Customers"), Decimal(own, "promisedTimeCompliancePercent"), Decimal(own, "csatPercent"), Decimal(own, "nps")));
        var revenue = Assert.Single(own.GetProperty("revenue").EnumerateArray());
        Assert.Equal(known.Revenue, revenue.GetProperty("amount").GetDecimal());
        Assert.All(all, s => Assert.Equal(all.Count, Int(s, "partnersRanked")));
        foreach (var (figure, rank, higherIsBetter) in new[] { ("customers", "customers", true), ("activeSharePercent", "activeShare", true), ("churnRatePercent", "churnRate", false), ("complaintsPer100Customers", "complaintsPer100Customers", false), ("csatPercent", "csat", true) })
        {
            var value = Decimal(own, figure)!.Value;
            var better = all.Count(s => Decimal(s, figure) is { } other && (higherIsBetter ? other > value : other < value));
            Assert.Equal(1 + better, own.GetProperty("ranks").GetProperty(rank).GetInt32());
        }
    }

    [Fact]
    public async Task A_partner_sees_its_own_scorecard_with_its_ranks_and_nothing_of_the_others()
    {
        var known = await KnownPeriodAsync();
        using var north = await server.PartnerClientAsync("partner-north");

        var all = await ScorecardsAsync(server.Client, known.From, known.To);
        var seenByNorth = await ScorecardsAsync(north, known.From, known.To);
        var otherPartner = await north.DataAsync(OwnScorecard, new { id = known.PartnerId, period = new { from = known.From, to = known.To } });

        var northCard = Assert.Single(seenByNorth);
        Assert.Equal("NORTH", northCard.GetProperty("partner").GetProperty("code").GetString());
        var staffView = all.Single(s => s.GetProperty("partner").GetProperty("code").GetString() == "NORTH");
        Assert.Equal(staffView.GetRawText(), northCard.GetRawText());
        Assert.Equal(JsonValueKind.Null, otherPartner.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Partner_scorecard_agrees_with_the_list_and_callers_without_the_scope_are_refused()
    {
        var known = await KnownPeriodAsync();
        using var integration = await server.PartnerClientAsync("crm-integration", "crm.read");

        var own = (await server.Client.DataAsync(OwnScorecard, new { id = known.PartnerId, period = new { from = known.From, to = known.To } })).GetProperty("node").GetProperty("scorecard");
        var refused = await integration.PostAsync("query($period: PeriodInput!) { partnerScorecards(period: $period) { customers } }", new { period = new { from = known.From, to = known.To } });

        Assert.Equal((2, 33.33m), (Int(own, "customers"), Decimal(own, "churnRatePercent")));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], refused.ErrorCodes);
    }

    [Fact]
    public async Task Eight_statements_answer_for_every_partner()
    {
        var period = new { from = "2025-01-01T00:00:00Z", to = "2026-01-01T00:00:00Z" };

        var (_, statements) = await server.DataWithSqlStatementsAsync(InsightApi.Scorecards, new { period });

        Assert.Equal(8, statements);
    }

    private async Task<KnownPeriod> KnownPeriodAsync()
    {
        var client = server.Client;
        var (_, partnerId) = await NewPartnerAsync(server);
        var a = await CustomerAsync(client, partnerId, orders: 1);
        var b = await CustomerAsync(client, partnerId, orders: 1);
        var c = await CustomerAsync(client, partnerId, orders: 1);
        var from = await NowAsync();

        await ChurnAsync(client, c.Id, "SERVICE");
        var revenue = await OrderAsync(client, b.Id);
        var complaint = await ComplaintApi.FiledAsync(client, a.Id);
        var acknowledged = await ComplaintApi.ChangeAsync(client, "acknowledgeComplaint", "AcknowledgeComplaintInput", new { id = complaint.GetProperty("id").GetString(), version = complaint.GetProperty("version").GetInt32() });
        Assert.Equal(0, acknowledged.GetProperty("errors").GetArrayLength());
        var orderId = (await client.DataAsync("query($id: ID!) { customer(id: $id) { orders(first: 1) { edges { node { id } } } } }", new { id = a.Id }))
            .GetProperty("customer").GetProperty("orders").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();
        await SatisfactionApi.SubmittedAsync(client, new { customerId = a.Id, about = new { orderId }, scale = "FIVE_LEVEL", overallScore = 5, recommendScore = 10 });
        var to = (await NowAsync()).AddHours(1);
        return new KnownPeriod(partnerId, from, to, revenue);
    }

    private sealed record KnownPeriod(string PartnerId, DateTimeOffset From, DateTimeOffset To, decimal Revenue);
}
