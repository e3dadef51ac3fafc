using CrmGraph.Application.Complaints;
using CrmGraph.Data.Access;
using CrmGraph.GraphQL.Common;
using CrmGraph.GraphQL.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Complaints;

/// <summary>The complaint operations the tests send, and the demo records they pick to send them about.</summary>
internal static class ComplaintApi
{
    public const string Fields = """
        id number status severity version receivedAt acknowledgedAt resolvedAt closedAt
        firstResponseDueAt resolutionDueAt firstResponseBreached resolutionBreached
        resolution rootCause compensation { amount currency }
        customer { id } assignee { id }
        events { kind fromStatus toStatus note actor { id } }
        """;

    private const string Errors = "errors { __typename code message path }";

    public static async Task<JsonElement> FileAsync(GraphQLClient client, object input) =>
        await ChangeAsync(client, "fileComplaint", "FileComplaintInput", input);

    /// <summary>Files a complaint that must be accepted, returning it.</summary>
    public static async Task<JsonElement> FiledAsync(GraphQLClient client, string customerId, string severity = "MEDIUM", string? productId = null)
    {
        var payload = await FileAsync(client, new
        {
            customerId,
            category = "SERVICE",
            severity,
            channel = "PHONE",
            description = "The technician did not come on the agreed day.",
            productId,
        });
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("complaint");
    }

    /// <summary>Sends one complaint mutation and returns its payload.</summary>
    public static async Task<JsonElement> ChangeAsync(GraphQLClient client, string mutation, string inputType, object input)
    {
        var document = $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ complaint {{ {Fields} }} {Errors} }} }}";
        return (await client.DataAsync(document, new { input })).GetProperty(mutation);
    }

    public static IReadOnlyList<string?> ErrorTypes(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()).ToList();

    public static int KeyOf(string? globalId) => GlobalId.TryParse(globalId, out var id) ? id.Key : throw new ArgumentException($"'{globalId}' is not a global id.", nameof(globalId));

    public static int KeyOf(JsonElement node) => KeyOf(node.GetProperty("id").GetString());

    /// <summary>The id of a customer the client can see, of the given loyalty tier when one is named.</summary>
    public static async Task<string> CustomerIdAsync(GraphQLClient client, string? loyaltyTier = null)
    {
        var where = loyaltyTier is null ? null : new { loyaltyTier = new[] { loyaltyTier } };
        var data = await client.DataAsync(
            "query($where: CustomerFilterInput) { customers(first: 1, where: $where) { edges { node { id } } } }",
            new { where });
        return data.GetProperty("customers").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
    }

    public static IReadOnlyList<string?> EventKinds(JsonElement complaint) =>
        complaint.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();

    /// <summary>
    /// Runs one pass of the SLA monitor at <paramref name="now"/> in a unit of work of its own, as the monitor of one server instance does;
    /// returns the ids of the complaints it found newly breached.
    /// </summary>
    public static async Task<IReadOnlyList<int>> ScanAsync(IServiceProvider services, DateTimeOffset now)
    {
        await using var scope = services.CreateServerWorkScope();
        return await scope.ServiceProvider.GetRequiredService<SlaBreachScan>().RunOnceAsync(now);
    }
}
