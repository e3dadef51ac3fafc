using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Common;

namespace CrmGraph.Server.Tests.Satisfaction;

/// <summary>The survey operations the tests send, and the fresh records they send them about.</summary>
internal static class SatisfactionApi
{
    public const string Figures = "responseCount csatPercent averageNormalizedScore nps recommendationCount dimensions { dimension averagePerception averageExpectation gap }";

    private const string Submit = """
        mutation($input: SubmitSurveyInput!) {
          submitSurvey(input: $input) {
            survey { id scaleLevels overallScore recommendScore respondedAt channel subjectKind comment
                     customer { id } staffMember { id } order { id } complaint { id } interaction { id }
                     dimensions { dimension perception expectation gap } }
            errors { __typename code message path }
          }
        }
        """;

    public static readonly string Report = $$"""
        query($where: SatisfactionFilterInput, $by: SatisfactionGrouping) {
          satisfaction(where: $where, by: $by) {
            {{Figures}}
            buckets { key label periodStart product { id } staffMember { id } partner { id } {{Figures}} }
          }
        }
        """;

    public static async Task<JsonElement> SubmitAsync(GraphQLClient client, object input) =>
        (await client.DataAsync(Submit, new { input })).GetProperty("submitSurvey");

    /// <summary>Submits a survey that must be accepted, returning it.</summary>
    public static async Task<JsonElement> SubmittedAsync(GraphQLClient client, object input)
    {
        var payload = await SubmitAsync(client, input);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"Unexpected errors: {payload.GetProperty("errors")}");
        return payload.GetProperty("survey");
    }

    public static async Task<JsonElement> ReportAsync(GraphQLClient client, object? where, string? by = null) =>
        (await client.DataAsync(Report, new { where, by })).GetProperty("satisfaction");

    /// <summary>The type and input field of each user error in a payload.</summary>
    public static IReadOnlyList<(string? Type, string? Field)> Errors(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("__typename").GetString(), e.GetProperty("path")[1].GetString()))
            .ToList();

    /// <summary>Count, CSAT, average normalised score, NPS and 0–10 answers of a report or bucket.</summary>
    public static (int Responses, decimal? Csat, decimal? Average, decimal? Nps, int Recommendations) FiguresOf(JsonElement figures) =>
        (figures.GetProperty("responseCount").GetInt32(),
         DecimalOrNull(figures.GetProperty("csatPercent")),
         DecimalOrNull(figures.GetProperty("averageNormalizedScore")),
         DecimalOrNull(figures.GetProperty("nps")),
         figures.GetProperty("recommendationCount").GetInt32());

    /// <summary>Average perception, average expectation and gap of one dimension.</summary>
    public static (decimal? Perception, decimal? Expectation, decimal? Gap) DimensionOf(JsonElement figures, string dimension)
    {
        var entry = figures.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("dimension").GetString() == dimension);
        return (DecimalOrNull(entry.GetProperty("averagePerception")), DecimalOrNull(entry.GetProperty("averageExpectation")), DecimalOrNull(entry.GetProperty("gap")));
    }

    /// <summary>
    /// A staff member no survey has rated yet, so that a report filtered by them counts exactly what a test submits,
    /// whatever else the shared database holds.
    /// </summary>
    public static Task<string> NewStaffMemberAsync(CrmServerFixture server) =>
        server.InDatabaseAsync(async db =>
        {
            var tag = Guid.NewGuid().ToString("N")[..8];
            var staff = new StaffMember($"Surveyed Agent {tag}", $"surveyed.{tag}@crmgraph.example", StaffRole.Agent, "Field service");
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync();
            return GlobalId.Encode("StaffMember", staff.Id);
        });

    /// <summary>A new customer of the partner with <paramref name="partnerCode"/> (or of none), created through the API.</summary>
    public static async Task<string> NewCustomerAsync(CrmServerFixture server, string? partnerCode)
    {
        var partnerId = partnerCode is null ? null : GlobalId.Encode("Partner", await server.PartnerIdAsync(partnerCode));
        var data = await server.Client.DataAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { message } } }",
            new { input = new { name = $"Survey Respondent {Guid.NewGuid():N}"[..30], partnerId } });
        return data.GetProperty("createCustomer").GetProperty("customer").GetProperty("id").GetString()!;
    }

    /// <summary>A service encounter of <paramref name="customerId"/>, recorded through the API, to survey the customer about.</summary>
    public static async Task<string> InteractionAsync(GraphQLClient client, string customerId, string? staffMemberId = null)
    {
        var data = await client.DataAsync(
            "mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { interaction { id } errors { message } } }",
            new { input = new { customerId, channel = "PHONE", kind = "REPAIR", staffMemberId } });
        return data.GetProperty("recordInteraction").GetProperty("interaction").GetProperty("id").GetString()!;
    }

    private static decimal? DecimalOrNull(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
}
