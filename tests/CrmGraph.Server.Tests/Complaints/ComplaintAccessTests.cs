using System.Text.Json.Nodes;
using CrmGraph.GraphQL.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Complaints;

/// <summary>Partners file complaints and add notes for their own customers; the lifecycle is staff work.</summary>
[Collection(ServerCollection.Name)]
public sealed class ComplaintAccessTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_partner_files_for_its_own_customer_and_cannot_reach_another_partners()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        using var south = await server.PartnerClientAsync("partner-south");
        var before = await server.InDatabaseAsync(db => db.Complaints.CountAsync());

        var own = await FiledAsync(north, await CustomerIdAsync(north));
        var others = await FileAsync(north, new { customerId = await CustomerIdAsync(south), category = "OTHER", severity = "LOW", channel = "WEB", description = "Not ours." });

        var filed = Assert.Single(own.GetProperty("events").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, filed.GetProperty("actor").ValueKind);
        Assert.Equal<string?>(["NotFoundError"], ErrorTypes(others));
        Assert.Equal(before + 1, await server.InDatabaseAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task A_partner_adds_notes_to_its_own_complaints_only()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        using var south = await server.PartnerClientAsync("partner-south");
        var northern = await FiledAsync(north, await CustomerIdAsync(north));
        var southern = await FiledAsync(south, await CustomerIdAsync(south));

        var noted = await ChangeAsync(north, "addComplaintNote", "AddComplaintNoteInput", new { id = northern.GetProperty("id").GetString(), text = "The customer sent photos." });
        var foreign = await ChangeAsync(north, "addComplaintNote", "AddComplaintNoteInput", new { id = southern.GetProperty("id").GetString(), text = "Peeking." });
        var read = await north.PostAsync("query($id: ID!) { complaint(id: $id) { id } }", new { id = southern.GetProperty("id").GetString() });

        Assert.Equal<string?>(["FILED", "NOTE_ADDED"], EventKinds(noted.GetProperty("complaint")));
        Assert.Equal<string?>(["NotFoundError"], ErrorTypes(foreign));
        Assert.Equal<string?>(["NOT_FOUND"], read.ErrorCodes);
    }

    [Theory]
    [InlineData("acknowledgeComplaint", "AcknowledgeComplaintInput", "{}")]
    [InlineData("assignComplaint", "AssignComplaintInput", """{ "assigneeId": "U3RhZmZNZW1iZXI6MQ" }""")]
    [InlineData("startComplaintWork", "StartComplaintWorkInput", "{}")]
    [InlineData("escalateComplaint", "EscalateComplaintInput", """{ "reason": "Faster, please." }""")]
    [InlineData("resolveComplaint", "ResolveComplaintInput", """{ "resolution": "Sorted.", "rootCause": "OTHER" }""")]
    [InlineData("closeComplaint", "CloseComplaintInput", "{}")]
    [InlineData("reopenComplaint", "ReopenComplaintInput", """{ "reason": "Again." }""")]
    public async Task A_partner_cannot_move_a_complaint_through_its_lifecycle(string mutation, string inputType, string fields)
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var complaint = await FiledAsync(north, await CustomerIdAsync(north));
        var input = JsonNode.Parse(fields)!.AsObject();
        input["id"] = complaint.GetProperty("id").GetString();

        var response = await north.PostAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ complaint {{ id }} }} }}", new { input });

        Assert.Equal<string?>([AuthorizationValidationRule.ErrorCode], response.ErrorCodes);
        var key = KeyOf(complaint);
        Assert.Equal(1, await server.InDatabaseAsync(db => db.ComplaintEvents.CountAsync(e => e.ComplaintId == key)));
    }
}
