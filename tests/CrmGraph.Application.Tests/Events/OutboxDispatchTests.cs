using CrmGraph.Domain.Complaints;

namespace CrmGraph.Application.Tests.Events;

/// <summary>The outbox on a real SQLite database: what commits together, how failures are retried, who takes an event.</summary>
public sealed class OutboxDispatchTests
{
    private static readonly Dictionary<string, string?> RelayOnly = new() { ["Outbox:DispatchAfterCommit"] = "false", ["Outbox:FirstRetryDelay"] = "00:00:02" };

    [Fact]
    public async Task A_change_and_its_events_commit_together()
    {
        await using var host = await ApplicationHost.StartAsync(new EventRoutes(), RelayOnly);
        var customerId = await host.CustomerAsync();

        var complaint = await host.WithAsync<CommandPipeline, Complaint>(async pipeline =>
            (await pipeline.AddAsync(ApplicationHost.NewComplaint(customerId), CancellationToken.None)).Value);

        var rows = await host.InDatabaseAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.CustomerId == customerId).OrderBy(m => m.OccurredAt).ToListAsync());
        Assert.Equal(["CustomerCreated", "ComplaintFiled"], rows.Select(r => r.Type));
        var filed = rows[1];
        Assert.Equal(("Complaint", complaint.Id), (filed.AggregateType, filed.AggregateId));
        var payload = Assert.IsType<ComplaintFiled>(DomainEventTypes.Deserialize(filed.Type, filed.Payload));
        Assert.Equal((filed.Id, ComplaintSeverity.High), (payload.EventId, payload.Severity));
        Assert.Null(filed.HandledAt);
    }

    [Fact]
    public async Task When_the_events_cannot_be_written_the_change_is_not_saved_either()
    {
        await using var host = await ApplicationHost.StartAsync(new EventRoutes(), RelayOnly);
        var customerId = await host.CustomerAsync();
        var complaint = ApplicationHost.NewComplaint(customerId);

        // An outbox row already holding the event's id makes writing the event fail, after the complaint was inserted.
        var filed = ((IAggregate)complaint).RecordedEvents.Single();
        await host.InDatabaseAsync(async db =>
        {
            db.OutboxMessages.Add(OutboxMessage.For(ApplicationHost.NewComplaint(customerId), filed, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => host.WithAsync<CommandPipeline, Complaint>(async pipeline =>
            (await pipeline.AddAsync(complaint, CancellationToken.None)).Value));

        Assert.False(await host.InDatabaseAsync(db => db.Complaints.AnyAsync(c => c.Number == complaint.Number)));
        Assert.False(await host.InDatabaseAsync(db => db.ComplaintEvents.AnyAsync(e => e.ComplaintId == complaint.Id)));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_after_a_back_off_without_blocking_the_others()
    {
        await using var host = await ApplicationHost.StartAsync(new EventRoutes().On<ComplaintFiled>(typeof(FlakyHandler), typeof(SteadyHandler)), RelayOnly);
        var log = host.Services.GetRequiredService<HandlerLog>();
        var customerId = await host.CustomerAsync();
        Assert.Equal(1, await host.WithAsync<OutboxDispatcher, int>(d => d.RelayAsync(CancellationToken.None)));
        var first = await FileAsync(host, customerId);
        var second = await FileAsync(host, customerId);

        Assert.Equal(2, await host.WithAsync<OutboxDispatcher, int>(d => d.DispatchAsync([first, second], CancellationToken.None)));

        // The flaky handler failed for both events; the steady one ran for both all the same.
        foreach (var id in new[] { first, second })
        {
            var row = await RowAsync(host, id);
            Assert.Null(row.HandledAt);
            Assert.Equal(1, row.Attempts);
            Assert.Contains("FlakyHandler: The downstream service is unreachable.", row.LastError, StringComparison.Ordinal);
            Assert.Equal(1, log.Runs(nameof(SteadyHandler), id));
        }

        // Not again before the back-off has passed; then once more, and the handler that succeeded is not repeated.
        Assert.Equal(0, await host.WithAsync<OutboxDispatcher, int>(d => d.RelayAsync(CancellationToken.None)));
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        Assert.Equal(2, await host.WithAsync<OutboxDispatcher, int>(d => d.RelayAsync(CancellationToken.None)));
        foreach (var id in new[] { first, second })
        {
            var row = await RowAsync(host, id);
            Assert.NotNull(row.HandledAt);
            Assert.Equal(2, row.Attempts);
            Assert.Null(row.LastError);
            Assert.Equal(2, log.Runs(nameof(FlakyHandler), id));
            Assert.Equal(1, log.Runs(nameof(SteadyHandler), id));
        }
    }

    [Fact]
    public async Task Two_instances_relaying_from_one_database_take_each_event_once()
    {
        var routes = new EventRoutes().On<ComplaintFiled>(typeof(SteadyHandler));
        await using var one = await ApplicationHost.StartAsync(routes, RelayOnly);
        await using var two = await ApplicationHost.StartAsync(routes, RelayOnly, sharedFolder: one.Folder);
        var customerId = await one.CustomerAsync();
        var filed = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            filed.Add(await FileAsync(i % 2 == 0 ? one : two, customerId));
        }

        var relays = await Task.WhenAll(RelayUntilDoneAsync(one), RelayUntilDoneAsync(two));

        Assert.Equal(31, relays.Sum());
        var rows = await one.InDatabaseAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.All(rows, r => Assert.Equal((true, 1), (r.HandledAt is not null, r.Attempts)));
        var logs = new[] { one, two }.Select(h => h.Services.GetRequiredService<HandlerLog>()).ToList();
        Assert.All(filed, id => Assert.Equal(1, logs.Sum(log => log.Runs(nameof(SteadyHandler), id))));
    }

    private static async Task<int> RelayUntilDoneAsync(ApplicationHost host)
    {
        var taken = 0;
        int round;
        while ((round = await host.WithAsync<OutboxDispatcher, int>(d => d.RelayAsync(CancellationToken.None))) > 0
            || await host.InDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.HandledAt == null)))
        {
            taken += round;
        }

        return taken;
    }

    private static async Task<Guid> FileAsync(ApplicationHost host, int customerId)
    {
        var complaint = ApplicationHost.NewComplaint(customerId);
        var eventId = ((IAggregate)complaint).RecordedEvents.Single().EventId;
        await host.WithAsync<CommandPipeline, Complaint>(async pipeline => (await pipeline.AddAsync(complaint, CancellationToken.None)).Value);
        return eventId;
    }

    private static Task<OutboxMessage> RowAsync(ApplicationHost host, Guid id) =>
        host.InDatabaseAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
}
