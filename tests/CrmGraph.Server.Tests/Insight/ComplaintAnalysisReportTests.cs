using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.History;
using CrmGraph.GraphQL.Common;
using static CrmGraph.Server.Tests.Insight.InsightApi;

namespace CrmGraph.Server.Tests.Insight;

/// <summary>
/// Complaint analysis over four complaints of a partner of its own, with their histories in 2017 written through the
/// complaint rules at known instants (the API records the present only). Every expected figure was worked out by hand.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ComplaintAnalysisReportTests(CrmServerFixture server)
{
    private static readonly DateTimeOffset Year = new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Months_show_the_trend_of_each_figure_and_the_backlog_at_each_end()
    {
        var partnerId = await KnownComplaintsAsync();

        var months = await AnalysisAsync(server.Client, new { from = Year, to = Year.AddMonths(3), partnerId }, "MONTH");

        Assert.Equal(["2017-01", "2017-02", "2017-03"], months.Select(m => m.GetProperty("key").GetString()));
        var (january, february, march) = (months[0], months[1], months[2]);
        // K1 answered in 2 h and resolved in 30 h, both on time; K2 answered in 10 h and resolved in 80 h, both late,
        // then reopened and resolved again 146 h after receipt. K4, from December, is still open at the end.
        Assert.Equal((2, 50m, 50m), (Int(january, "received"), Decimal(january, "firstResponseCompliancePercent"), Decimal(january, "resolutionCompliancePercent")));
        Assert.Equal((6m, 10m, 88m, 146m), (Decimal(january, "averageFirstResponseHours"), Decimal(january, "p90FirstResponseHours"), Decimal(january, "averageResolutionHours"), Decimal(january, "p90ResolutionHours")));
        Assert.Equal((50m, 0m, 1), (Decimal(january, "reopenRatePercent"), Decimal(january, "escalationRatePercent"), Int(january, "openBacklogAtEnd")));
        // K3: escalated, first answered after 4 h, still open; its resolution promise is not decided.
        Assert.Equal((1, 100m, (decimal?)null), (Int(february, "received"), Decimal(february, "firstResponseCompliancePercent"), Decimal(february, "resolutionCompliancePercent")));
        Assert.Equal((4m, 4m, (decimal?)null, (decimal?)null), (Decimal(february, "averageFirstResponseHours"), Decimal(february, "p90FirstResponseHours"), Decimal(february, "averageResolutionHours"), Decimal(february, "p90ResolutionHours")));
        Assert.Equal(((decimal?)null, 100m, 2), (Decimal(february, "reopenRatePercent"), Decimal(february, "escalationRatePercent"), Int(february, "openBacklogAtEnd")));
        Assert.Equal((0, (decimal?)null, (decimal?)null, (decimal?)null, 2), (Int(march, "received"), Decimal(march, "firstResponseCompliancePercent"), Decimal(march, "averageFirstResponseHours"), Decimal(march, "escalationRatePercent"), Int(march, "openBacklogAtEnd")));
    }

    [Fact]
    public async Task The_whole_range_counts_by_every_dimension()
    {
        var partnerId = await KnownComplaintsAsync();

        var all = Assert.Single(await AnalysisAsync(server.Client, new { from = Year, to = Year.AddMonths(3), partnerId }));

        Assert.Equal((3, 66.67m, 50m), (Int(all, "received"), Decimal(all, "firstResponseCompliancePercent"), Decimal(all, "resolutionCompliancePercent")));
        // First responses 2, 10 and 4 h: the 90th percentile is the third of three.
        Assert.Equal((5.33m, 10m, 88m, 146m), (Decimal(all, "averageFirstResponseHours"), Decimal(all, "p90FirstResponseHours"), Decimal(all, "averageResolutionHours"), Decimal(all, "p90ResolutionHours")));
        Assert.Equal((50m, 33.33m, 2), (Decimal(all, "reopenRatePercent"), Decimal(all, "escalationRatePercent"), Int(all, "openBacklogAtEnd")));
        var breakdown = all.GetProperty("breakdown").EnumerateArray().Select(s => (s.GetProperty("key").GetString(), s.GetProperty("complaints").GetInt32(), Decimal(s, "sharePercent"))).ToList();
        Assert.Contains(("SERVICE", 2, 66.67m), breakdown);
        Assert.Contains(("PRODUCT", 1, 33.33m), breakdown);
        Assert.Contains(("PRODUCT_DEFECT", 1, 33.33m), breakdown);
        Assert.Contains(("SERVICE_PROCESS", 1, 33.33m), breakdown);
        Assert.Contains(("none", 1, 33.33m), breakdown); // K3 has no root cause yet
        Assert.Contains(("PHONE", 2, 66.67m), breakdown);
        Assert.Contains(("CRITICAL", 1, 33.33m), breakdown);
        Assert.Contains((partnerId, 3, 100m), breakdown);
    }

    [Fact]
    public async Task A_dimension_is_a_bucket_with_its_own_backlog_and_filters_narrow_the_complaints()
    {
        var partnerId = await KnownComplaintsAsync();
        var where = new { from = Year, to = Year.AddMonths(3), partnerId };

        var categories = await AnalysisAsync(server.Client, where, "CATEGORY");
        var emailOnly = Assert.Single(await AnalysisAsync(server.Client, new { from = Year, to = Year.AddMonths(3), partnerId, channel = new[] { "EMAIL" } }));

        Assert.Equal(["PRODUCT", "SERVICE"], categories.Select(c => c.GetProperty("category").GetString()));
        Assert.Equal((1, 1), (Int(categories[0], "received"), Int(categories[0], "openBacklogAtEnd"))); // K1 resolved; K4 open since December
        Assert.Equal((2, 1, 50m), (Int(categories[1], "received"), Int(categories[1], "openBacklogAtEnd"), Decimal(categories[1], "escalationRatePercent")));
        Assert.Equal((1, 0m, 146m, 0), (Int(emailOnly, "received"), Decimal(emailOnly, "firstResponseCompliancePercent"), Decimal(emailOnly, "averageResolutionHours"), Int(emailOnly, "openBacklogAtEnd")));
    }

    [Fact]
    public async Task A_partner_sees_nothing_of_another_partners_complaints()
    {
        var partnerId = await KnownComplaintsAsync();
        using var north = await server.PartnerClientAsync("partner-north");

        var asked = Assert.Single(await AnalysisAsync(north, new { from = Year, to = Year.AddMonths(3), partnerId }));
        var byPartner = await AnalysisAsync(north, new { from = Year, to = Year.AddMonths(3) }, "PARTNER");

        Assert.Equal((0, 0, (decimal?)null), (Int(asked, "received"), Int(asked, "openBacklogAtEnd"), Decimal(asked, "averageFirstResponseHours")));
        Assert.Empty(asked.GetProperty("breakdown").EnumerateArray());
        Assert.DoesNotContain(byPartner, b => b.GetProperty("key").GetString() == partnerId);
    }

    [Theory]
    [InlineData("MONTH")]
    [InlineData("CATEGORY")]
    public async Task Six_statements_answer_a_year_whatever_the_grouping(string by)
    {
        var where = new { from = "2025-01-01T00:00:00Z", to = "2026-01-01T00:00:00Z" };

        var (_, statements) = await server.DataWithSqlStatementsAsync(InsightApi.Analysis, new { where, by });

        Assert.Equal(6, statements);
    }

    /// <summary>K1–K3 received in the range, K4 in the December before; returns the partner's id.</summary>
    private async Task<string> KnownComplaintsAsync()
    {
        var (_, partnerId) = await NewPartnerAsync(server);
        var (customerId, _) = await CustomerAsync(server.Client, partnerId, orders: 0);
        var customerKey = GlobalId.ParseFor("Customer", customerId, "customerId");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var standard = new SlaTargets(TimeSpan.FromHours(8), TimeSpan.FromHours(72));
        var undecided = new SlaTargets(TimeSpan.FromHours(8), TimeSpan.FromDays(365 * 40)); // a resolution promise nobody can break yet
        DateTimeOffset At(int month, int day, int hour) => new(2017, month, day, hour, 0, 0, TimeSpan.Zero);

        Complaint File(string number, ComplaintCategory category, ComplaintSeverity severity, ContactChannel channel, SlaTargets targets, DateTimeOffset at) =>
            Complaint.File($"AN-{suffix}-{number}", customerKey, null, null, channel, category, severity, "Analysis fixture.", targets, at, null).Value;

        var k1 = File("K1", ComplaintCategory.Product, ComplaintSeverity.High, ContactChannel.Phone, standard, At(1, 10, 9));
        Assert.Null(k1.Acknowledge(null, At(1, 10, 11)));
        Assert.Null(k1.StartWork(null, At(1, 10, 11)));
        Assert.Null(k1.Resolve("Replaced.", ComplaintRootCause.ProductDefect, null, null, At(1, 11, 15)));

        var k2 = File("K2", ComplaintCategory.Service, ComplaintSeverity.Medium, ContactChannel.Email, standard, At(1, 20, 8));
        Assert.Null(k2.Acknowledge(null, At(1, 20, 18)));
        Assert.Null(k2.StartWork(null, At(1, 20, 18)));
        Assert.Null(k2.Resolve("Rebooked.", ComplaintRootCause.ServiceProcess, null, null, At(1, 23, 16)));
        Assert.Null(k2.Reopen("Still wrong.", null, At(1, 25, 10)));
        Assert.Null(k2.Resolve("Rebooked again.", ComplaintRootCause.ServiceProcess, null, null, At(1, 26, 10)));

        var k3 = File("K3", ComplaintCategory.Service, ComplaintSeverity.Critical, ContactChannel.Phone, undecided, At(2, 5, 10));
        Assert.Null(k3.Escalate("Asked for a manager.", null, At(2, 5, 11)));
        Assert.Null(k3.StartWork(null, At(2, 5, 14)));

        var k4 = File("K4", ComplaintCategory.Product, ComplaintSeverity.Low, ContactChannel.Web, undecided, new DateTimeOffset(2016, 12, 31, 20, 0, 0, TimeSpan.Zero));
        Assert.Null(k4.Acknowledge(null, At(1, 1, 2)));

        await server.InDatabaseAsync(async db =>
        {
            Complaint[] complaints = [k1, k2, k3, k4];
            foreach (var complaint in complaints)
            {
                complaint.DetectBreaches(DateTimeOffset.UtcNow); // as the SLA monitor would, so it has nothing left to change
            }

            db.Complaints.AddRange(complaints);
            return await db.SaveChangesAsync();
        });
        return partnerId;
    }
}
