using System.Globalization;
using System.Text.Json;

namespace CrmGraph.Bench;

/// <summary>The operations measured, with the ids they need read from the server first.</summary>
internal static class BenchOperations
{
    public static async Task<IReadOnlyList<BenchOperation>> LoadAsync(HttpClient client, BenchSettings settings)
    {
        var ids = await BenchIds.ReadAsync(client, settings.Url);
        var quoteInput = new { customerId = ids.CustomerId, productId = ids.ProductId, quantity = 2, addOns = new[] { new { addOnId = ids.AddOnId, quantity = 1 } } };
        var complaintInput = new { customerId = ids.CustomerId, category = "SERVICE", severity = "MEDIUM", channel = "EMAIL", description = "Load test: the engineer arrived late." };
        List<BenchOperation> operations =
        [
            Make("customer list, 100 with nested fields", 30, """
                { customers(first: 100) { totalCount edges { node { id name status
                    accountManager { name } partner { name }
                    interactions(first: 5) { edges { node { kind occurredAt } } }
                    complaints(first: 5, openOnly: true) { edges { node { number status severity } } } } } } }
                """, baselinePath: "/baseline/customers?first=100"),
            Make("customer detail with timeline, 20 entries", 30, """
                { customers(first: 1, order: [{ field: LAST_ACTIVITY_AT, direction: DESC }]) { edges { node {
                    timeline(first: 20) { totalCount edges { node { kind at summary channel staffMember { name } } } } } } } }
                """, baselinePath: "/baseline/customers/busiest/timeline?first=20"),
            Make("quote with an add-on", 20, """
                query Quote($input: QuoteInput!) { quote(input: $input) { quote { currency
                    lines { kind code quantity unitPrice { amount } discount { amount } total { amount } rule }
                    subtotal { amount currency } tierDiscount { amount } total { amount currency } } errors { code message } } }
                """, new { input = quoteInput }, "/baseline/quote", JsonSerializer.Serialize(quoteInput)),
            Make("file complaint", 10, """
                mutation File($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { id number firstResponseDueAt } errors { message } } }
                """, new { input = complaintInput }),
            PlaceServiceOrder(ids),
            Make("catalogue with prices and add-ons", 5, """
                { serviceProducts(first: 50) { edges { node { code prices { amount { amount currency } loyaltyTier minQuantity } allowedAddOns { code } } } } }
                """),
            Make("satisfaction for a year by month", 5, SatisfactionForAYear()),
            Make("atRiskCustomers first 50 with health", 5, """
                { atRiskCustomers(first: 50) { totalCount edges { node { id name status riskScore
                    health { score factors { name weight value contribution explanation } } } } } }
                """),
        ];

        // Complaint transitions and staff performance are for signed-in staff only (--staff-email).
        if (settings.StaffEmail is not null)
        {
            operations.Add(await AssignComplaintAsync(client, settings));
            operations.Add(Make("staffPerformance for a quarter", 5, """
                query($period: PeriodInput!) { staffPerformance(period: $period) { staffMember { name } figures {
                    rank complaintsAssigned complaintsResolved averageFirstResponseHours averageResolutionHours slaCompliancePercent
                    reopenRatePercent surveyResponses csatPercent averageScore dimensions { dimension perception expectation gap }
                    interactionsHandled ordersTaken revenue { amount currency } } } }
                """, new { period = new { from = DateTimeOffset.UtcNow.AddMonths(-3), to = DateTimeOffset.UtcNow } }));
        }

        return operations;
    }

    /// <summary>
    /// The management reports for the twelve whole months before this one, month by month with every figure; the
    /// dealer scorecards (staff only, --staff-email) for the same year.
    /// </summary>
    public static IReadOnlyList<BenchOperation> Insight(BenchSettings settings)
    {
        var now = DateTimeOffset.UtcNow;
        var thisMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var year = new { from = thisMonth.AddYears(-1), to = thisMonth };
        List<BenchOperation> operations =
        [
            Make("retention for a year by month", 1, """
                query($where: RetentionFilterInput!) { retention(where: $where, by: MONTH) { key customersAtStart newCustomers churnedCustomers wonBackCustomers
                    customersAtEnd churnRatePercent retentionRatePercent repeatPurchaseRatePercent
                    sales { currency orders revenue { amount } averageOrderValue { amount } lifetimeValue { amount } }
                    churnByCause { cause side customers } companySideChurned outsideChurned companySideSharePercent } }
                """, new { where = year }),
            Make("complaint analysis for a year by month", 1, """
                query($where: ComplaintAnalysisFilterInput!) { complaintAnalysis(where: $where, by: MONTH) { key received
                    firstResponseCompliancePercent resolutionCompliancePercent averageFirstResponseHours p90FirstResponseHours
                    averageResolutionHours p90ResolutionHours reopenRatePercent escalationRatePercent openBacklogAtEnd
                    breakdown { key complaints sharePercent } } }
                """, new { where = year }),
        ];
        if (settings.StaffEmail is not null)
        {
            operations.Add(Make("partner scorecards for a year", 1, """
                query($period: PeriodInput!) { partnerScorecards(period: $period) { partner { code } customers activeSharePercent churnRatePercent
                    complaintsPer100Customers promisedTimeCompliancePercent csatPercent nps revenue { amount currency }
                    ranks { customers activeShare churnRate complaintsPer100Customers promisedTimeCompliance csat nps revenue { currency rank } } } }
                """, new { period = year }));
        }

        return operations;
    }

    /// <summary>The twelve whole months before this one, month by month, with every figure and dimension.</summary>
    private static string SatisfactionForAYear()
    {
        var now = DateTimeOffset.UtcNow;
        var thisMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        const string Figures = "responseCount csatPercent averageNormalizedScore nps recommendationCount dimensions { dimension averagePerception averageExpectation gap }";
        return string.Create(
            CultureInfo.InvariantCulture,
            $$"""{ satisfaction(where: { from: "{{thisMonth.AddYears(-1):O}}", to: "{{thisMonth:O}}" }, by: MONTH) { {{Figures}} buckets { key label periodStart {{Figures}} } } }""");
    }

    /// <summary>Orders the quote's product and add-on for the next of the ordering customers, round the list.</summary>
    private static BenchOperation PlaceServiceOrder(BenchIds ids)
    {
        const string query = """
            mutation Place($input: PlaceServiceOrderInput!) { placeServiceOrder(input: $input) { order { id number status total { amount currency } } errors { message } } }
            """;
        var turn = 0;
        return new BenchOperation("place service order", () =>
        {
            var customerId = ids.OrderingCustomerIds[(Interlocked.Increment(ref turn) & int.MaxValue) % ids.OrderingCustomerIds.Count];
            var input = new { customerId, productId = ids.ProductId, quantity = 1, addOns = new[] { new { addOnId = ids.AddOnId, quantity = 1 } } };
            return JsonSerializer.Serialize(new { query, variables = new { input } });
        }, 5);
    }

    /// <summary>Hands an open complaint to one staff member, then back to the other, and so on: one transition per request.</summary>
    private static async Task<BenchOperation> AssignComplaintAsync(HttpClient client, BenchSettings settings)
    {
        var ids = await ComplaintTransitionIds.ReadAsync(client, settings.Url);
        const string query = """
            mutation Assign($input: AssignComplaintInput!) { assignComplaint(input: $input) { complaint { id status version assignee { name } } errors { message } } }
            """;
        var turn = 0;
        return new BenchOperation("assign complaint (a transition)", () =>
        {
            var assignee = Interlocked.Increment(ref turn) % 2 == 0 ? ids.FirstAssigneeId : ids.SecondAssigneeId;
            return JsonSerializer.Serialize(new { query, variables = new { input = new { id = ids.ComplaintId, assigneeId = assignee } } });
        }, 5);
    }

    private static BenchOperation Make(string name, int weight, string query, object? variables = null, string? baselinePath = null, string? baselineBody = null) =>
        Fixed(name, JsonSerializer.Serialize(new { query, variables }), weight, baselinePath, baselineBody);

    private static BenchOperation Fixed(string name, string body, int weight, string? baselinePath, string? baselineBody) =>
        new(name, () => body, weight, baselinePath, baselineBody);
}
