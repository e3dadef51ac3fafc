using CrmGraph.GraphQL.Common;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Satisfaction.SatisfactionApi;

namespace CrmGraph.Server.Tests.Satisfaction;

/// <summary>
/// Reports over a known set of surveys, submitted through the API and isolated from the demo data by rating a staff
/// member no one else rates. Every expected figure was worked out by hand.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class SatisfactionReportTests(CrmServerFixture server)
{
    [Fact]
    public async Task The_figures_follow_the_definitions_across_both_scales()
    {
        var known = await KnownSurveysAsync();

        var report = await ReportAsync(server.Client, new { staffMemberId = known.StaffId });

        // Top two: 4 of 5, 6 of 7 and 5 of 5, not 3 of 5 or 5 of 7. Scores 75, 50, 83⅓, 66⅔, 100.
        // Recommendations 9, 6, 7, 10: two promoters, one detractor, one passive.
        Assert.Equal((5, 60m, 75m, 25m, 4), FiguresOf(report));
        // Reliability: perceptions 75, 50, 100; expectations 100, 83⅓; gaps of the pairs −25 and +16⅔.
        Assert.Equal((75m, 91.67m, -4.17m), DimensionOf(report, "RELIABILITY"));
        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null), DimensionOf(report, "EMPATHY"));
        var bucket = Assert.Single(report.GetProperty("buckets").EnumerateArray());
        Assert.Equal(("all", "All responses"), (bucket.GetProperty("key").GetString(), bucket.GetProperty("label").GetString()));
        Assert.Equal(FiguresOf(report), FiguresOf(bucket));
    }

    [Fact]
    public async Task Months_weeks_and_days_are_utc_calendar_periods_and_weeks_start_on_monday()
    {
        var known = await KnownSurveysAsync();
        var where = new { staffMemberId = known.StaffId };

        var months = (await ReportAsync(server.Client, where, "MONTH")).GetProperty("buckets").EnumerateArray().ToList();
        var weeks = (await ReportAsync(server.Client, where, "WEEK")).GetProperty("buckets").EnumerateArray().ToList();
        var days = (await ReportAsync(server.Client, where, "DAY")).GetProperty("buckets").EnumerateArray().ToList();

        // 31 March 00:30 at +01:00 is still March in UTC.
        Assert.Equal(["2025-03", "2025-04"], months.Select(b => b.GetProperty("key").GetString()));
        Assert.Equal(["March 2025", "April 2025"], months.Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), months[0].GetProperty("periodStart").GetDateTimeOffset());
        Assert.Equal((3, 66.67m, 69.44m, 0m, 3), FiguresOf(months[0]));
        Assert.Equal((2, 50m, 83.33m, 100m, 1), FiguresOf(months[1]));

        // Sunday 2 March is the end of week 9; Monday 3 March starts week 10.
        Assert.Equal(["2025-W09", "2025-W10", "2025-W14"], weeks.Select(b => b.GetProperty("key").GetString()));
        Assert.Equal(
            [new DateTimeOffset(2025, 2, 24, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 31, 0, 0, 0, TimeSpan.Zero)],
            weeks.Select(b => b.GetProperty("periodStart").GetDateTimeOffset()));
        Assert.Equal("Week 10 of 2025", weeks[1].GetProperty("label").GetString());
        Assert.Equal([1, 1, 3], weeks.Select(b => b.GetProperty("responseCount").GetInt32()));

        Assert.Equal(["2025-03-02", "2025-03-03", "2025-03-31", "2025-04-01", "2025-04-02"], days.Select(b => b.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task A_time_window_counts_answers_from_its_start_up_to_its_end()
    {
        var known = await KnownSurveysAsync();

        var march = await ReportAsync(server.Client, new { staffMemberId = known.StaffId, from = "2025-03-03T00:00:00Z", to = "2025-04-01T00:00:00Z" });

        Assert.Equal((2, 50m, 66.67m, -50m, 2), FiguresOf(march)); // 3 March and 31 March (UTC); a detractor (6) and a passive (7).
    }

    [Fact]
    public async Task Partners_are_buckets_and_a_partner_counts_only_its_own_customers()
    {
        var known = await KnownSurveysAsync();
        var where = new { staffMemberId = known.StaffId };
        using var north = await server.PartnerClientAsync("partner-north");
        using var south = await server.PartnerClientAsync("partner-south");
        var northId = GlobalId.Encode("Partner", await server.PartnerIdAsync("NORTH"));
        var southId = GlobalId.Encode("Partner", await server.PartnerIdAsync("SOUTH"));

        var byPartner = (await ReportAsync(server.Client, where, "PARTNER")).GetProperty("buckets").EnumerateArray().ToList();
        var northOnly = await ReportAsync(server.Client, new { staffMemberId = known.StaffId, partnerId = northId });
        var seenByNorth = await ReportAsync(north, where, "PARTNER");
        var seenBySouth = await ReportAsync(south, where);
        var southAskingForNorth = await ReportAsync(south, new { staffMemberId = known.StaffId, partnerId = northId });

        Assert.Equal(new[] { northId, southId }.Order(StringComparer.Ordinal), byPartner.Select(b => b.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        var northBucket = byPartner.Single(b => b.GetProperty("key").GetString() == northId);
        Assert.Equal(northId, northBucket.GetProperty("partner").GetProperty("id").GetString());
        Assert.Equal((4, 50m, 68.75m, 0m, 3), FiguresOf(northBucket));
        Assert.Equal(FiguresOf(northBucket), FiguresOf(northOnly));
        Assert.Equal(FiguresOf(northBucket), FiguresOf(seenByNorth));
        Assert.Equal(northId, Assert.Single(seenByNorth.GetProperty("buckets").EnumerateArray()).GetProperty("key").GetString());
        Assert.Equal((1, 100m, 100m, 100m, 1), FiguresOf(seenBySouth));
        Assert.Equal((0, (decimal?)null, (decimal?)null, (decimal?)null, 0), FiguresOf(southAskingForNorth));
    }

    [Fact]
    public async Task A_survey_counts_under_its_orders_first_product_or_its_complaints_product()
    {
        var staffId = await NewStaffMemberAsync(server);
        var order = await server.InDatabaseAsync(db => db.ServiceOrders.AsNoTracking()
            .Select(o => new { o.Id, o.CustomerId, Product = db.ServiceOrderLines.Where(l => l.ServiceOrderId == o.Id).OrderBy(l => l.Id).Select(l => l.ServiceProductId).First() })
            .FirstAsync());
        var complaintProduct = await server.InDatabaseAsync(db => db.ServiceProducts.Where(p => p.Id != order.Product).Select(p => p.Id).FirstAsync());
        var customerId = await NewCustomerAsync(server, partnerCode: null);
        var complaintId = await FileComplaintAsync(customerId, GlobalId.Encode("ServiceProduct", complaintProduct));
        var interactionId = await InteractionAsync(server.Client, customerId);
        var orderProductId = GlobalId.Encode("ServiceProduct", order.Product);
        var complaintProductId = GlobalId.Encode("ServiceProduct", complaintProduct);

        await SubmittedAsync(server.Client, new { customerId = GlobalId.Encode("Customer", order.CustomerId), about = new { orderId = GlobalId.Encode("ServiceOrder", order.Id) }, staffMemberId = staffId, scale = "FIVE_LEVEL", overallScore = 5 });
        await SubmittedAsync(server.Client, new { customerId, about = new { complaintId }, staffMemberId = staffId, scale = "FIVE_LEVEL", overallScore = 2 });
        await SubmittedAsync(server.Client, new { customerId, about = new { interactionId }, staffMemberId = staffId, scale = "SEVEN_LEVEL", overallScore = 4 });

        var byProduct = (await ReportAsync(server.Client, new { staffMemberId = staffId }, "PRODUCT")).GetProperty("buckets").EnumerateArray().ToList();
        var ofComplaintProduct = await ReportAsync(server.Client, new { staffMemberId = staffId, productId = complaintProductId });

        var expected = new[] { (order.Product, (string?)orderProductId, 100m), (complaintProduct, complaintProductId, 25m) }.OrderBy(p => p.Item1).Select(p => (p.Item2, p.Item3)).Append(("none", 50m));
        Assert.Equal(expected, byProduct.Select(b => (b.GetProperty("key").GetString(), FiguresOf(b).Average!.Value)));
        Assert.Equal(complaintProductId, byProduct.Single(b => b.GetProperty("key").GetString() == complaintProductId).GetProperty("product").GetProperty("id").GetString());
        Assert.Equal("No product", byProduct[^1].GetProperty("label").GetString());
        Assert.Equal(1, FiguresOf(ofComplaintProduct).Responses);
    }

    [Fact]
    public async Task A_staff_member_bucket_carries_the_staff_members_name()
    {
        var known = await KnownSurveysAsync();

        var bucket = Assert.Single((await ReportAsync(server.Client, new { staffMemberId = known.StaffId }, "STAFF_MEMBER")).GetProperty("buckets").EnumerateArray());

        Assert.Equal(known.StaffId, bucket.GetProperty("key").GetString());
        Assert.Equal(known.StaffId, bucket.GetProperty("staffMember").GetProperty("id").GetString());
        Assert.StartsWith("Surveyed Agent ", bucket.GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_of_months_is_one_sql_statement()
    {
        var known = await KnownSurveysAsync();
        var where = new { staffMemberId = known.StaffId, from = "2025-01-01T00:00:00Z", to = "2026-01-01T00:00:00Z" };

        var (_, statements) = await server.DataWithSqlStatementsAsync(SatisfactionApi.Report, new { where, by = "MONTH" });

        Assert.Equal(1, statements);
    }

    /// <summary>
    /// Five surveys rating a new staff member: four from a NORTH customer, one from a SOUTH customer, both scales,
    /// at the edges of a week and of a month.
    /// </summary>
    private async Task<(string StaffId, string NorthCustomer, string SouthCustomer)> KnownSurveysAsync()
    {
        var staffId = await NewStaffMemberAsync(server);
        var north = await NewCustomerAsync(server, "NORTH");
        var south = await NewCustomerAsync(server, "SOUTH");
        var northVisit = await InteractionAsync(server.Client, north);
        var southVisit = await InteractionAsync(server.Client, south);
        object[] surveys =
        [
            new { customerId = north, about = new { interactionId = northVisit }, staffMemberId = staffId, scale = "FIVE_LEVEL", overallScore = 4, recommendScore = 9, respondedAt = "2025-03-02T23:59:59Z", dimensions = new object[] { new { dimension = "RELIABILITY", perception = 4, expectation = 5 } } },
            new { customerId = north, about = new { interactionId = northVisit }, staffMemberId = staffId, scale = "FIVE_LEVEL", overallScore = 3, recommendScore = 6, respondedAt = "2025-03-03T00:00:00Z", dimensions = new object[] { new { dimension = "RELIABILITY", perception = 3 } } },
            new { customerId = north, about = new { interactionId = northVisit }, staffMemberId = staffId, scale = "SEVEN_LEVEL", overallScore = 6, recommendScore = 7, respondedAt = "2025-04-01T00:30:00+01:00", dimensions = new object[] { new { dimension = "RELIABILITY", perception = 7, expectation = 6 } } },
            new { customerId = north, about = new { interactionId = northVisit }, staffMemberId = staffId, scale = "SEVEN_LEVEL", overallScore = 5, respondedAt = "2025-04-01T00:00:00Z" },
            new { customerId = south, about = new { interactionId = southVisit }, staffMemberId = staffId, scale = "FIVE_LEVEL", overallScore = 5, recommendScore = 10, respondedAt = "2025-04-02T12:00:00Z" },
        ];
        foreach (var survey in surveys)
        {
            await SubmittedAsync(server.Client, survey);
        }

        return (staffId, north, south);
    }

    private async Task<string> FileComplaintAsync(string customerId, string productId)
    {
        var data = await server.Client.DataAsync(
            "mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { id } errors { message } } }",
            new { input = new { customerId, productId, category = "PRODUCT", severity = "LOW", channel = "EMAIL", description = "It broke again." } });
        return data.GetProperty("fileComplaint").GetProperty("complaint").GetProperty("id").GetString()!;
    }
}
