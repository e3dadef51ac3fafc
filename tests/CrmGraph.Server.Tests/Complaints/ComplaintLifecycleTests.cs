using CrmGraph.Application.Complaints;
using CrmGraph.GraphQL.Common;
using CrmGraph.GraphQL.Complaints;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Complaints;

[Collection(ServerCollection.Name)]
public sealed class ComplaintLifecycleTests(CrmServerFixture server) : IAsyncLifetime
{
    private GraphQLClient _agent = null!;
    private string _agentId = null!;

    public async Task InitializeAsync()
    {
        var token = await server.OAuth.SignInStaffAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword);
        _agent = server.ClientWithToken(token.AccessToken);
        var key = await server.InDatabaseAsync(db => db.StaffMembers.Where(s => s.Email == CrmServerFixture.AgentEmail).Select(s => s.Id).SingleAsync());
        _agentId = GlobalId.Encode("StaffMember", key);
    }

    public Task DisposeAsync()
    {
        _agent.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_agent_walks_a_complaint_through_every_step_each_recorded_and_announced()
    {
        using var notices = new NoticeRecorder(server.Services);
        var complaint = await FiledAsync(_agent, await CustomerIdAsync(_agent));
        var id = complaint.GetProperty("id").GetString();
        var version = complaint.GetProperty("version").GetInt32();

        (string Mutation, string InputType, object Input, string Status, int Versions)[] steps =
        [
            ("acknowledgeComplaint", "AcknowledgeComplaintInput", new { id }, "ACKNOWLEDGED", 1),
            ("assignComplaint", "AssignComplaintInput", new { id, assigneeId = _agentId }, "ACKNOWLEDGED", 1),
            ("startComplaintWork", "StartComplaintWorkInput", new { id }, "IN_PROGRESS", 1),
            ("escalateComplaint", "EscalateComplaintInput", new { id, reason = "The customer asked for a manager." }, "ESCALATED", 1),
            ("resolveComplaint", "ResolveComplaintInput", new { id, resolution = "Replaced the unit.", rootCause = "PRODUCT_DEFECT", compensation = new { amount = 25.50m, currency = "EUR" } }, "RESOLVED", 1),
            ("closeComplaint", "CloseComplaintInput", new { id }, "CLOSED", 1),
            ("reopenComplaint", "ReopenComplaintInput", new { id, reason = "The fault came back." }, "REOPENED", 1),
            // A note only adds to the trail; the complaint itself, and so its version, stays as it was.
            ("addComplaintNote", "AddComplaintNoteInput", new { id, text = "Called the customer back." }, "REOPENED", 0),
        ];
        foreach (var (mutation, inputType, input, status, versions) in steps)
        {
            var payload = await ChangeAsync(_agent, mutation, inputType, input);
            Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"{mutation}: {payload.GetProperty("errors")}");
            complaint = payload.GetProperty("complaint");
            Assert.Equal(status, complaint.GetProperty("status").GetString());
            Assert.Equal(version += versions, complaint.GetProperty("version").GetInt32());
        }

        Assert.Equal<string?>(
            ["FILED", "ACKNOWLEDGED", "ASSIGNED", "WORK_STARTED", "ESCALATED", "RESOLVED", "CLOSED", "REOPENED", "NOTE_ADDED"],
            EventKinds(complaint));
        Assert.All(complaint.GetProperty("events").EnumerateArray(), e => Assert.Equal(_agentId, e.GetProperty("actor").GetProperty("id").GetString()));
        Assert.Equal(_agentId, complaint.GetProperty("assignee").GetProperty("id").GetString());
        Assert.Equal(25.50m, complaint.GetProperty("compensation").GetProperty("amount").GetDecimal());
        Assert.Equal("PRODUCT_DEFECT", complaint.GetProperty("rootCause").GetString());

        var heard = await notices.OfAsync(KeyOf(id), count: 1 + steps.Length);
        Assert.Equal<ComplaintNoticeKind>([ComplaintNoticeKind.Filed, .. steps.Select(_ => ComplaintNoticeKind.Changed)], heard.Select(n => n.Kind));
    }

    [Fact]
    public async Task An_illegal_move_is_an_invalid_transition_error_and_changes_nothing()
    {
        var complaint = await FiledAsync(_agent, await CustomerIdAsync(_agent));

        var payload = await ChangeAsync(_agent, "closeComplaint", "CloseComplaintInput", new { id = complaint.GetProperty("id").GetString() });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("complaint").ValueKind);
        Assert.Equal<string?>(["InvalidTransitionError"], ErrorTypes(payload));
        await AssertUnchangedAsync(complaint);
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var complaint = await FiledAsync(_agent, await CustomerIdAsync(_agent));
        var id = complaint.GetProperty("id").GetString();
        var read = complaint.GetProperty("version").GetInt32();
        var acknowledged = (await ChangeAsync(_agent, "acknowledgeComplaint", "AcknowledgeComplaintInput", new { id, version = read })).GetProperty("complaint");

        var stale = await ChangeAsync(_agent, "escalateComplaint", "EscalateComplaintInput", new { id, version = read, reason = "Too slow." });

        var error = Assert.Single(stale.GetProperty("errors").EnumerateArray());
        Assert.Equal("ConcurrencyConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal("CONCURRENCY_CONFLICT", error.GetProperty("code").GetString());
        await AssertUnchangedAsync(acknowledged);
    }

    [Fact]
    public async Task Broken_rules_come_back_as_typed_errors_and_change_nothing()
    {
        var complaint = await FiledAsync(_agent, await CustomerIdAsync(_agent));
        var id = complaint.GetProperty("id").GetString();

        var blankReason = await ChangeAsync(_agent, "escalateComplaint", "EscalateComplaintInput", new { id, reason = " " });
        var unknownAssignee = await ChangeAsync(_agent, "assignComplaint", "AssignComplaintInput", new { id, assigneeId = GlobalId.Encode("StaffMember", 99_999) });
        var unknownComplaint = await ChangeAsync(_agent, "addComplaintNote", "AddComplaintNoteInput", new { id = GlobalId.Encode("Complaint", 99_999), text = "Hello?" });

        Assert.Equal<string?>(["ValidationError"], ErrorTypes(blankReason));
        Assert.Equal<string?>(["NotFoundError"], ErrorTypes(unknownAssignee));
        Assert.Equal<string?>(["NotFoundError"], ErrorTypes(unknownComplaint));
        await AssertUnchangedAsync(complaint);
    }

    /// <summary>The stored complaint is still as <paramref name="complaint"/> shows it, with no event more.</summary>
    private async Task AssertUnchangedAsync(JsonElement complaint)
    {
        var key = KeyOf(complaint);
        var stored = await server.InDatabaseAsync(db => db.Complaints.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.Id == key));
        Assert.Equal(complaint.GetProperty("status").GetString(), Enum.GetName(stored.Status)!.ToUpperInvariant());
        Assert.Equal(complaint.GetProperty("version").GetInt32(), stored.Version);
        Assert.Equal(complaint.GetProperty("events").GetArrayLength(), stored.Events.Count);
    }
}
