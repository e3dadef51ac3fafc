using static CrmGraph.Server.Tests.Insight.InsightApi;

namespace CrmGraph.Server.Tests.Insight;

/// <summary>
/// Retention over a known history recorded through the API for a partner of its own: customers A, B and E active
/// before the range (E quality-sensitive), a prospect that never counts, and in the range a new customer D, A lost
/// for service, B lost to a competitor and won back by an order, and E ordering twice more. Figures worked out by hand.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class RetentionReportTests(CrmServerFixture server)
{
    [Fact]
    public async Task The_figures_of_a_range_follow_the_definitions()
    {
        var known = await KnownHistoryAsync();

        var bucket = Assert.Single(await RetentionAsync(server.Client, known.Where));

        Assert.Equal(("all", 3, 1, 2, 1, 3), (bucket.GetProperty("key").GetString(), Int(bucket, "customersAtStart"), Int(bucket, "newCustomers"), Int(bucket, "churnedCustomers"), Int(bucket, "wonBackCustomers"), Int(bucket, "customersAtEnd")));
        Assert.Equal((66.67m, 33.33m), (Decimal(bucket, "churnRatePercent"), Decimal(bucket, "retentionRatePercent")));
        Assert.Equal(33.33m, Decimal(bucket, "repeatPurchaseRatePercent")); // D, B and E bought; only E twice.
        var sales = Assert.Single(bucket.GetProperty("sales").EnumerateArray());
        var inRange = known.InRangeTotals;
        Assert.Equal(4, sales.GetProperty("orders").GetInt32());
        Assert.Equal(inRange.Sum(), sales.GetProperty("revenue").GetProperty("amount").GetDecimal());
        Assert.Equal(Math.Round(inRange.Sum() / 4, 2, MidpointRounding.AwayFromZero), sales.GetProperty("averageOrderValue").GetProperty("amount").GetDecimal());
        // Every order so far, over the four customers who have bought: A, B, D and E.
        Assert.Equal(Math.Round(known.AllTotals.Sum() / 4, 2, MidpointRounding.AwayFromZero), sales.GetProperty("lifetimeValue").GetProperty("amount").GetDecimal());
        var causes = bucket.GetProperty("churnByCause").EnumerateArray().ToDictionary(c => c.GetProperty("cause").GetString()!, c => (c.GetProperty("side").GetString(), c.GetProperty("customers").GetInt32()));
        Assert.Equal(8, causes.Count);
        Assert.Equal(("COMPANY", 1), causes["SERVICE"]);
        Assert.Equal(("OUTSIDE", 1), causes["COMPETITOR"]);
        Assert.Equal(("OUTSIDE", 0), causes["SOCIAL"]);
        Assert.Equal((1, 1, 50m), (Int(bucket, "companySideChurned"), Int(bucket, "outsideChurned"), Decimal(bucket, "companySideSharePercent")));
    }

    [Fact]
    public async Task Segments_are_buckets_over_the_whole_range()
    {
        var known = await KnownHistoryAsync();

        var buckets = await RetentionAsync(server.Client, known.Where, "SEGMENT");

        Assert.Equal(["STANDARD", "QUALITY_SENSITIVE"], buckets.Select(b => b.GetProperty("segment").GetString()));
        var (standard, quality) = (buckets[0], buckets[1]);
        Assert.Equal((2, 1, 2, 1, 100m, 0m), (Int(standard, "customersAtStart"), Int(standard, "newCustomers"), Int(standard, "churnedCustomers"), Int(standard, "wonBackCustomers"), Decimal(standard, "churnRatePercent"), Decimal(standard, "repeatPurchaseRatePercent")));
        Assert.Equal((1, 0, 0, 0m, 100m, 100m), (Int(quality, "customersAtStart"), Int(quality, "newCustomers"), Int(quality, "churnedCustomers"), Decimal(quality, "churnRatePercent"), Decimal(quality, "retentionRatePercent"), Decimal(quality, "repeatPurchaseRatePercent")));
        Assert.Null(Decimal(quality, "companySideSharePercent")); // nobody left: no share, not 0
    }

    [Fact]
    public async Task A_month_lists_everyone_created_in_it_as_new_and_no_rate_without_customers_at_its_start()
    {
        var known = await KnownHistoryAsync();
        var now = DateTimeOffset.UtcNow;
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);

        var months = await RetentionAsync(server.Client, new { from = monthStart.AddMonths(-2), to = monthStart.AddMonths(1), partnerId = known.PartnerId }, "MONTH");

        Assert.Equal([monthStart.AddMonths(-2), monthStart.AddMonths(-1), monthStart], months.Select(m => m.GetProperty("periodStart").GetDateTimeOffset()));
        Assert.Equal(monthStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), months[2].GetProperty("key").GetString());
        Assert.All(months.Take(2), m => Assert.Equal((0, 0, (decimal?)null, (decimal?)null), (Int(m, "customersAtStart"), Int(m, "newCustomers"), Decimal(m, "churnRatePercent"), Decimal(m, "repeatPurchaseRatePercent"))));
        Assert.Equal((0, 4, 2, 1, 3), (Int(months[2], "customersAtStart"), Int(months[2], "newCustomers"), Int(months[2], "churnedCustomers"), Int(months[2], "wonBackCustomers"), Int(months[2], "customersAtEnd")));
        Assert.Null(Decimal(months[2], "churnRatePercent"));
        Assert.Empty(months[0].GetProperty("sales").EnumerateArray());
    }

    [Fact]
    public async Task A_partner_sees_only_its_own_customers()
    {
        var known = await KnownHistoryAsync();
        using var north = await server.PartnerClientAsync("partner-north");

        var asked = Assert.Single(await RetentionAsync(north, known.Where));
        var byPartner = await RetentionAsync(north, new { from = known.From, to = known.To }, "PARTNER");
        var allPartners = await RetentionAsync(server.Client, new { from = known.From, to = known.To }, "PARTNER");

        Assert.Equal((0, 0, 0, 0), (Int(asked, "customersAtStart"), Int(asked, "newCustomers"), Int(asked, "churnedCustomers"), Int(asked, "customersAtEnd")));
        Assert.Empty(asked.GetProperty("sales").EnumerateArray());
        Assert.DoesNotContain(byPartner, b => b.GetProperty("key").GetString() == known.PartnerId);
        var own = Assert.Single(allPartners, b => b.GetProperty("key").GetString() == known.PartnerId);
        Assert.Equal(known.PartnerId, own.GetProperty("partner").GetProperty("id").GetString());
        Assert.Equal(3, Int(own, "customersAtStart"));
    }

    [Theory]
    [InlineData("MONTH")]
    [InlineData("QUARTER")]
    [InlineData("PARTNER")]
    public async Task Five_statements_answer_a_year_whatever_the_grouping(string by)
    {
        var where = new { from = "2025-01-01T00:00:00Z", to = "2026-01-01T00:00:00Z" };

        var (_, statements) = await server.DataWithSqlStatementsAsync(InsightApi.Retention, new { where, by });

        // Partner names are one more.
        Assert.Equal(by == "PARTNER" ? 6 : 5, statements);
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_or_holds_too_many_months_is_refused()
    {
        var backwards = await server.Client.PostAsync(
            "query($where: RetentionFilterInput!) { retention(where: $where) { key } }", new { where = new { from = "2026-02-01T00:00:00Z", to = "2026-01-01T00:00:00Z" } });
        var decades = await server.Client.PostAsync(
            "query($where: RetentionFilterInput!) { retention(where: $where, by: MONTH) { key } }", new { where = new { from = "2000-01-01T00:00:00Z", to = "2026-01-01T00:00:00Z" } });

        Assert.Equal(["BAD_USER_INPUT"], backwards.ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], decades.ErrorCodes);
    }

    private async Task<KnownHistory> KnownHistoryAsync()
    {
        var client = server.Client;
        var (_, partnerId) = await NewPartnerAsync(server);
        var a = await CustomerAsync(client, partnerId, orders: 1);
        var b = await CustomerAsync(client, partnerId, orders: 1);
        var e = await CustomerAsync(client, partnerId, orders: 1, segment: "QUALITY_SENSITIVE");
        await CustomerAsync(client, partnerId, orders: 0); // a prospect: never on the books
        var from = await NowAsync();

        var d = await CustomerAsync(client, partnerId, orders: 1);
        await ChurnAsync(client, a.Id, "SERVICE");
        await ChurnAsync(client, b.Id, "COMPETITOR");
        var inRange = new List<decimal>(d.Totals) { await OrderAsync(client, b.Id), await OrderAsync(client, e.Id), await OrderAsync(client, e.Id) };
        var to = (await NowAsync()).AddHours(1);
        return new KnownHistory(partnerId, from, to, inRange, [.. a.Totals, .. b.Totals, .. e.Totals, .. inRange]);
    }

    private sealed record KnownHistory(string PartnerId, DateTimeOffset From, DateTimeOffset To, List<decimal> InRangeTotals, List<decimal> AllTotals)
    {
        public object Where => new { from = From, to = To, partnerId = PartnerId };
    }
}
