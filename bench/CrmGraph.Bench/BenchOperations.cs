using System.Globalization;
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
        Make("satisfaction for a year by month", SatisfactionForAYear()),
    ];

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

    private static BenchOperation Make(string name, string query) => new(name, JsonSerializer.Serialize(new { query }));
}
