using CrmGraph.GraphQL.Common;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Complaints;

[Collection(ServerCollection.Name)]
public sealed class ComplaintQueryTests(CrmServerFixture server)
{
    private const string PageQuery = """
        query Page($first: Int, $after: String, $last: Int, $before: String, $where: ComplaintFilterInput, $order: [ComplaintSort!]) {
          complaints(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { node { id status severity category receivedAt acknowledgedAt firstResponseDueAt resolutionDueAt firstResponseBreached resolutionBreached assignee { id } } }
          }
        }
        """;

    [Fact]
    public async Task Status_severity_and_category_filters_keep_only_what_they_name()
    {
        var page = await PageAsync(new { first = 100, where = new { status = new[] { "RECEIVED", "ESCALATED" }, severity = new[] { "HIGH", "CRITICAL" }, category = new[] { "SERVICE", "STAFF", "DELIVERY" } } });

        Assert.NotEmpty(Nodes(page));
        Assert.All(Nodes(page), c =>
        {
            Assert.Contains(c.GetProperty("status").GetString(), new[] { "RECEIVED", "ESCALATED" });
            Assert.Contains(c.GetProperty("severity").GetString(), new[] { "HIGH", "CRITICAL" });
            Assert.Contains(c.GetProperty("category").GetString(), new[] { "SERVICE", "STAFF", "DELIVERY" });
        });
    }

    [Fact]
    public async Task Breached_and_overdue_split_the_complaints_in_two()
    {
        var all = Total(await PageAsync(new { first = 0 }));
        var breached = await PageAsync(new { first = 100, where = new { breached = true } });
        var kept = await PageAsync(new { first = 100, where = new { breached = false } });
        var overdue = await PageAsync(new { first = 100, where = new { overdue = true } });
        var onTime = await PageAsync(new { first = 100, where = new { overdue = false } });
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(all, Total(breached) + Total(kept));
        Assert.Equal(all, Total(overdue) + Total(onTime));
        Assert.NotEmpty(Nodes(breached));
        Assert.All(Nodes(breached), c => Assert.True(IsTrue(c, "firstResponseBreached") || IsTrue(c, "resolutionBreached")));
        Assert.All(Nodes(kept), c => Assert.False(IsTrue(c, "firstResponseBreached") || IsTrue(c, "resolutionBreached")));
        Assert.NotEmpty(Nodes(overdue));
        Assert.All(Nodes(overdue), c =>
        {
            Assert.DoesNotContain(c.GetProperty("status").GetString(), new[] { "RESOLVED", "CLOSED" });
            var firstResponseLate = c.GetProperty("acknowledgedAt").ValueKind == JsonValueKind.Null && c.GetProperty("firstResponseDueAt").GetDateTimeOffset() < now;
            Assert.True(firstResponseLate || c.GetProperty("resolutionDueAt").GetDateTimeOffset() < now);
        });
    }

    [Fact]
    public async Task The_assignee_and_received_window_filters_find_a_new_complaint()
    {
        var assigneeId = GlobalId.Encode("StaffMember", 1);
        var complaint = await FiledAsync(server.Client, await CustomerIdAsync(server.Client));
        await ChangeAsync(server.Client, "assignComplaint", "AssignComplaintInput", new { id = complaint.GetProperty("id").GetString(), assigneeId });
        var receivedAt = complaint.GetProperty("receivedAt").GetDateTimeOffset();

        var assigned = await PageAsync(new { first = 100, where = new { assigneeId, receivedFrom = receivedAt, receivedTo = receivedAt.AddTicks(1) } });
        var earlier = await PageAsync(new { first = 100, where = new { assigneeId, receivedTo = receivedAt } });

        Assert.Equal(complaint.GetProperty("id").GetString(), Assert.Single(Nodes(assigned)).GetProperty("id").GetString());
        Assert.All(Nodes(earlier), c =>
        {
            Assert.Equal(assigneeId, c.GetProperty("assignee").GetProperty("id").GetString());
            Assert.True(c.GetProperty("receivedAt").GetDateTimeOffset() < receivedAt);
        });
    }

    [Theory]
    [InlineData(null, null, "receivedAt", true)]
    [InlineData("FIRST_RESPONSE_DUE_AT", "ASC", "firstResponseDueAt", false)]
    [InlineData("RESOLUTION_DUE_AT", "DESC", "resolutionDueAt", true)]
    public async Task Pages_follow_the_order_and_continue_where_the_last_ended(string? field, string? direction, string column, bool descending)
    {
        var order = field is null ? null : new[] { new { field, direction } };
        var first = await PageAsync(new { first = 6, order });
        var second = await PageAsync(new { first = 6, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString(), order });
        var back = await PageAsync(new { last = 6, before = second.GetProperty("pageInfo").GetProperty("startCursor").GetString(), order });

        var times = Nodes(first).Concat(Nodes(second)).Select(c => c.GetProperty(column).GetDateTimeOffset()).ToList();
        Assert.Equal(descending ? times.OrderDescending() : times.Order(), times);
        Assert.Equal(12, Nodes(first).Concat(Nodes(second)).Select(c => c.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(Ids(first), Ids(back));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(Total(first) >= 240);
    }

    private async Task<JsonElement> PageAsync(object variables) =>
        (await server.Client.DataAsync(PageQuery, variables)).GetProperty("complaints");

    private static List<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    private static List<string?> Ids(JsonElement connection) => Nodes(connection).Select(c => c.GetProperty("id").GetString()).ToList();

    private static int Total(JsonElement connection) => connection.GetProperty("totalCount").GetInt32();

    private static bool IsTrue(JsonElement complaint, string flag) => complaint.GetProperty(flag).ValueKind == JsonValueKind.True;
}
