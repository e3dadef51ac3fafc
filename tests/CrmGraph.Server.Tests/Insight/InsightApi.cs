using CrmGraph.Domain.Partners;
using CrmGraph.GraphQL.Common;
using CrmGraph.Server.Tests.Churn;

namespace CrmGraph.Server.Tests.Insight;

/// <summary>The management reports the tests ask for, and the fresh partners and customers they build known histories with.</summary>
internal static class InsightApi
{
    public const string Product = "SUPP-MONTH";

    public const string Retention = """
        query($where: RetentionFilterInput!, $by: RetentionGrouping) {
          retention(where: $where, by: $by) {
            key label periodStart periodEnd partner { id } segment
            customersAtStart newCustomers churnedCustomers wonBackCustomers customersAtEnd
            churnRatePercent retentionRatePercent repeatPurchaseRatePercent
            sales { currency orders revenue { amount currency } averageOrderValue { amount } lifetimeValue { amount } }
            churnByCause { cause side customers } companySideChurned outsideChurned companySideSharePercent
          }
        }
        """;

    public const string Analysis = """
        query($where: ComplaintAnalysisFilterInput!, $by: ComplaintAnalysisGrouping) {
          complaintAnalysis(where: $where, by: $by) {
            key label periodStart periodEnd category severity rootCause channel partner { id } product { id }
            received firstResponseCompliancePercent resolutionCompliancePercent
            averageFirstResponseHours p90FirstResponseHours averageResolutionHours p90ResolutionHours
            reopenRatePercent escalationRatePercent openBacklogAtEnd
            breakdown { key complaints sharePercent category severity rootCause channel }
          }
        }
        """;

    public const string Scorecards = """
        query($period: PeriodInput!) {
          partnerScorecards(period: $period) {
            partner { id code }
            customers activeSharePercent churnRatePercent complaintsPer100Customers promisedTimeCompliancePercent csatPercent nps
            revenue { amount currency }
            ranks { customers activeShare churnRate complaintsPer100Customers promisedTimeCompliance csat nps revenue { currency rank } }
            partnersRanked
          }
        }
        """;

    public static async Task<List<JsonElement>> RetentionAsync(GraphQLClient client, object where, string? by = null) =>
        [.. (await client.DataAsync(Retention, new { where, by })).GetProperty("retention").EnumerateArray()];

    public static async Task<List<JsonElement>> AnalysisAsync(GraphQLClient client, object where, string? by = null) =>
        [.. (await client.DataAsync(Analysis, new { where, by })).GetProperty("complaintAnalysis").EnumerateArray()];

    public static async Task<List<JsonElement>> ScorecardsAsync(GraphQLClient client, DateTimeOffset from, DateTimeOffset to) =>
        [.. (await client.DataAsync(Scorecards, new { period = new { from, to } })).GetProperty("partnerScorecards").EnumerateArray()];

    /// <summary>A partner no other test uses, so that reports filtered by it count exactly what a test records.</summary>
    public static async Task<(int Key, string Id)> NewPartnerAsync(CrmServerFixture server)
    {
        var key = await server.InDatabaseAsync(async db =>
        {
            var tag = Guid.NewGuid().ToString("N")[..8];
            var partner = new Partner($"P{tag}", $"Dealer {tag}", "Test", null);
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        return (key, GlobalId.Encode("Partner", key));
    }

    /// <summary>A customer of the partner, created through the API, made active by <paramref name="orders"/> orders; returns its id and order totals.</summary>
    public static async Task<(string Id, List<decimal> Totals)> CustomerAsync(GraphQLClient client, string partnerId, int orders, string segment = "STANDARD")
    {
        var payload = (await client.DataAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { message } } }",
            new { input = new { name = $"Insight Customer {Guid.NewGuid():N}"[..30], partnerId, segment } })).GetProperty("createCustomer");
        var id = payload.GetProperty("customer").GetProperty("id").GetString()!;
        var totals = new List<decimal>();
        for (var i = 0; i < orders; i++)
        {
            totals.Add(await OrderAsync(client, id));
        }

        return (id, totals);
    }

    /// <summary>Orders the test product for the customer; returns the order's total.</summary>
    public static async Task<decimal> OrderAsync(GraphQLClient client, string customerId) =>
        ChurnApi.Amount((await ChurnApi.OrderAsync(client, customerId, Product)).GetProperty("total"));

    public static async Task ChurnAsync(GraphQLClient client, string customerId, string cause)
    {
        var version = (await client.DataAsync("query($id: ID!) { customer(id: $id) { version } }", new { id = customerId })).GetProperty("customer").GetProperty("version").GetInt32();
        var payload = await ChurnApi.MarkChurnedAsync(client, new { customerId, version, cause });
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
    }

    public static decimal? Decimal(JsonElement figures, string name) =>
        figures.GetProperty(name).ValueKind == JsonValueKind.Null ? null : figures.GetProperty(name).GetDecimal();

    public static int Int(JsonElement figures, string name) => figures.GetProperty(name).GetInt32();

    /// <summary>An instant strictly after everything the server has recorded so far.</summary>
    public static async Task<DateTimeOffset> NowAsync()
    {
        await Task.Delay(20);
        var now = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        return now;
    }
}
