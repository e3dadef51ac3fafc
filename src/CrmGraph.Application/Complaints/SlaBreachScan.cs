using CrmGraph.Application.Common;
using CrmGraph.Domain.Complaints;

namespace CrmGraph.Application.Complaints;

/// <summary>
/// One pass of the SLA monitor: marks each open complaint whose promised time passed with nothing done as
/// breached, with its <see cref="ComplaintSlaBreached"/> event (which announces it to live subscribers). Each
/// complaint is saved on its own against the version it was read at, so when several instances scan at once only
/// one records the breach.
/// </summary>
public sealed class SlaBreachScan(CrmDbContext db, UnitOfWork unitOfWork)
{
    /// <summary>How many complaints one query reads; a pass goes on until none are left.</summary>
    public const int BatchSize = 100;

    /// <summary>Records the breaches found at <paramref name="now"/>; returns the ids of the complaints newly breached.</summary>
    public async Task<IReadOnlyList<int>> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var breached = new List<int>();
        var afterId = 0;
        List<Complaint> batch;
        do
        {
            // By id, after the last one seen: a complaint skipped because another save won is not read again in this pass.
            batch = await db.Complaints
                .Where(ComplaintConditions.BreachUndetected(now))
                .Where(c => c.Id > afterId)
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var complaint in batch)
            {
                afterId = complaint.Id;
                if (await RecordAsync(complaint, now, cancellationToken).ConfigureAwait(false))
                {
                    breached.Add(complaint.Id);
                }
            }

            db.ChangeTracker.Clear();
        }
        while (batch.Count == BatchSize);

        return breached;
    }

    private async Task<bool> RecordAsync(Complaint complaint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (complaint.DetectBreaches(now).Count == 0)
        {
            return false;
        }

        try
        {
            await unitOfWork.SaveAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved the complaint since it was read: another instance recorded the breach, or a person acted
            // on it. Either way this pass leaves it; if it is still undecided, the next pass sees it afresh.
            UnsavedChanges.Forget(db);
            return false;
        }
    }
}
