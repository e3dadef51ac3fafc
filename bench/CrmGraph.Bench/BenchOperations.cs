using System.Text.Json;

namespace CrmGraph.Bench;

internal static class BenchOperations
{
    public static readonly BenchOperation[] All =
    [
        Make("customer list, 100 with nested fields", """
            { customers(first: 100) { totalCount edges { node { id name status
                accountManager { name } partner { name }
                interactions(first: 5) { edges { node { kind occurredAt } } }
                complaints(first: 5, openOnly: true) { edges { node { number status severity } } } } } } }
            """),
        Make("busiest customer's timeline, 20 entries", """
            { customers(first: 1, order: [{ field: LAST_ACTIVITY_AT, direction: DESC }]) { edges { node {
                timeline(first: 20) { totalCount edges { node { kind at summary channel staffMember { name } } } } } } } }
            """),
        Make("catalogue with prices and add-ons", """
            { serviceProducts(first: 50) { edges { node { code prices { amount { amount currency } loyaltyTier minQuantity } allowedAddOns { code } } } } }
            """),
        new("staffPerformance for a quarter", JsonSerializer.Serialize(new
        {
            query = """
                query($period: PeriodInput!) { staffPerformance(period: $period) { staffMember { name } figures {
                    rank complaintsAssigned complaintsResolved averageFirstResponseHours averageResolutionHours slaCompliancePercent
                    reopenRatePercent surveyResponses csatPercent averageScore dimensions { dimension perception expectation gap }
                    interactionsHandled ordersTaken revenue { amount currency } } } }
                """,
            variables = new { period = new { from = DateTimeOffset.UtcNow.AddMonths(-3), to = DateTimeOffset.UtcNow } },
        }), StaffOnly: true),
    ];

    private static BenchOperation Make(string name, string query) => new(name, JsonSerializer.Serialize(new { query }));
}
