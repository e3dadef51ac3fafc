namespace CrmGraph.Server.Tests.Staff;

/// <summary>The staff performance documents the tests send, and readers for their answers.</summary>
internal static class PerformanceQueries
{
    public const string Figures = """
        rank complaintsAssigned complaintsResolved averageFirstResponseHours averageResolutionHours
        slaCompliancePercent reopenRatePercent surveyResponses csatPercent averageScore
        dimensions { dimension perception expectation gap }
        interactionsHandled ordersTaken revenue { amount currency }
        """;

    public const string Team = $$"""
        query($period: PeriodInput!, $team: String, $order: [StaffPerformanceSort!]) {
          staffPerformance(period: $period, team: $team, order: $order) { staffMember { id name team } figures { {{Figures}} } }
        }
        """;

    public const string OfMember = $$"""
        query($id: ID!, $period: PeriodInput!) { node(id: $id) { ... on StaffMember { name performance(period: $period) { {{Figures}} } } } }
        """;

    /// <summary>The rows of a <c>staffPerformance</c> answer, as (name, figures).</summary>
    public static IReadOnlyList<(string Name, JsonElement Figures)> Rows(JsonElement data) =>
        data.GetProperty("staffPerformance").EnumerateArray()
            .Select(row => (row.GetProperty("staffMember").GetProperty("name").GetString()!, row.GetProperty("figures")))
            .ToList();

    public static decimal? Number(JsonElement figures, string name) =>
        figures.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetDecimal() : null;
}
