using CrmGraph.Application.Complaints;
using CrmGraph.Data.Access;
using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Complaints;

/// <summary>One pass of the SLA monitor against the server's database, at chosen instants after a complaint's due times.</summary>
[Collection(ServerCollection.Name)]
public sealed class SlaBreachScanTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_passed_due_time_is_recorded_as_a_breach_and_announced_once()
    {
        using var notices = new NoticeRecorder(server.Services);
        var complaint = await FiledAsync(server.Client, await CustomerIdAsync(server.Client), "HIGH");
        var key = KeyOf(complaint);
        var firstResponseLate = complaint.GetProperty("firstResponseDueAt").GetDateTimeOffset().AddMinutes(1);

        var first = await ScanAsync(firstResponseLate);
        var again = await ScanAsync(firstResponseLate);

        Assert.Single(first, id => id == key);
        Assert.Empty(again);
        var stored = await StoredAsync(key);
        Assert.True(stored.FirstResponseBreached);
        Assert.Null(stored.ResolutionBreached);
        Assert.Equal([ComplaintEventKind.Filed, ComplaintEventKind.FirstResponseBreached], stored.Events.OrderBy(e => e.Id).Select(e => e.Kind));

        var resolutionLate = complaint.GetProperty("resolutionDueAt").GetDateTimeOffset().AddMinutes(1);
        Assert.Single(await ScanAsync(resolutionLate), id => id == key);
        Assert.True((await StoredAsync(key)).ResolutionBreached);

        var heard = await notices.OfAsync(key, count: 3);
        Assert.Equal([ComplaintNoticeKind.Filed, ComplaintNoticeKind.SlaBreached, ComplaintNoticeKind.SlaBreached], heard.Select(n => n.Kind));
    }

    [Fact]
    public async Task Two_instances_scanning_at_once_record_and_announce_a_breach_once()
    {
        var complaint = await FiledAsync(server.Client, await CustomerIdAsync(server.Client), "CRITICAL");
        var key = KeyOf(complaint);
        var late = complaint.GetProperty("firstResponseDueAt").GetDateTimeOffset().AddMinutes(1);

        var scans = await Task.WhenAll(ScanAsync(late), ScanAsync(late));

        Assert.Single(scans.SelectMany(found => found), id => id == key);
        Assert.Single((await StoredAsync(key)).Events, e => e.Kind == ComplaintEventKind.FirstResponseBreached);
    }

    [Fact]
    public async Task A_complaint_answered_in_time_is_not_breached_later()
    {
        var complaint = await FiledAsync(server.Client, await CustomerIdAsync(server.Client), "LOW");
        var id = complaint.GetProperty("id").GetString();
        await ChangeAsync(server.Client, "acknowledgeComplaint", "AcknowledgeComplaintInput", new { id });

        var found = await ScanAsync(complaint.GetProperty("firstResponseDueAt").GetDateTimeOffset().AddMinutes(1));

        Assert.DoesNotContain(found, breached => breached == KeyOf(id));
        Assert.False((await StoredAsync(KeyOf(id))).FirstResponseBreached);
    }

    [Fact]
    public void The_server_runs_the_sla_monitor() =>
        Assert.Single(server.Services.GetServices<IHostedService>().OfType<ComplaintSlaMonitor>());

    private Task<IReadOnlyList<int>> ScanAsync(DateTimeOffset now) => ComplaintApi.ScanAsync(server.Services, now);

    private Task<Complaint> StoredAsync(int key) =>
        server.InDatabaseAsync(db => db.Complaints.Include(c => c.Events).AsNoTracking().SingleAsync(c => c.Id == key));
}
