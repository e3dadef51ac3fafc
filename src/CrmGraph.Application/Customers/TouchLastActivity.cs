using CrmGraph.Application.Events;

namespace CrmGraph.Application.Customers;

/// <summary>
/// Moves the customer's last-activity time forward to when the event happened, in one atomic statement. Activity is
/// not an edit of the customer's details, so it leaves the version alone and never conflicts with someone's edit.
/// </summary>
public sealed class TouchLastActivity(CrmDbContext db) : IEventHandler
{
    public async Task HandleAsync(DispatchedEvent dispatched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatched);
        var at = dispatched.Event.OccurredAt;
        await db.Customers
            .Where(c => c.Id == dispatched.CustomerId && c.LastActivityAt < at)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastActivityAt, at), cancellationToken)
            .ConfigureAwait(false);
    }
}
