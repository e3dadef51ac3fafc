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
        Make("atRiskCustomers first 50 with health", """
            { atRiskCustomers(first: 50) { totalCount edges { node { id name status riskScore
                health { score factors { name weight value contribution explanation } } } } } }
            """),
        Make("catalogue with prices and add-ons", """
            { serviceProducts(first: 50) { edges { node { code prices { amount { amount currency } loyaltyTier minQuantity } allowedAddOns { code } } } } }
            """),
    ];

    private static BenchOperation Make(string name, string query) => new(name, JsonSerializer.Serialize(new { query }));
}
