using System.Linq.Expressions;
using CrmGraph.Domain.Churn;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Application.Churn;

/// <summary>
/// Keeps each customer's stored risk score (the key <c>atRiskCustomers</c> ranks by) close to the live health score:
/// refreshed for one customer after each write that moves it (an order, an interaction, a complaint filed or changed),
/// and for every ranked customer whose score has aged by the <see cref="CustomerRiskMonitor"/>, since silence alone
/// raises risk. A score is only written over an older one, so a slow pass never overwrites a fresher refresh.
/// </summary>
public sealed class CustomerRiskScores(CrmDbContext db, TimeProvider time)
{
    /// <summary>How many customers one pass scores per round of statements.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// The customers ranked by risk: those with a relationship to lose (active, at risk, won back; not prospects, not
    /// already lost). Said as "neither" so that databases walk the risk index in order rather than the status index.
    /// </summary>
    public static readonly Expression<Func<Customer, bool>> Ranked =
        c => c.Status != CustomerStatus.Prospect && c.Status != CustomerStatus.Churned;

    /// <summary>Scores one customer now, after a write that changed what its score depends on.</summary>
    public async Task RefreshAsync(int customerId, CancellationToken cancellationToken)
    {
        var subjects = await db.Customers.AsNoTracking()
            .Where(c => c.Id == customerId)
            .Select(c => new Scored(new HealthSubject(c.Id, c.CreatedAt), c.RiskScore))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await ScoreAsync(subjects, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Scores every ranked customer never scored or last scored before <paramref name="scoredBefore"/>, a batch at a
    /// time; returns how many were scored.
    /// </summary>
    public async Task<int> RefreshRankedAsync(DateTimeOffset scoredBefore, CancellationToken cancellationToken)
    {
        var scored = 0;
        var afterId = 0;
        List<Scored> batch;
        do
        {
            batch = await db.Customers.AsNoTracking()
                .Where(Ranked)
                .Where(c => c.Id > afterId && (c.RiskScoredAt == null || c.RiskScoredAt < scoredBefore))
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .Select(c => new Scored(new HealthSubject(c.Id, c.CreatedAt), c.RiskScore))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count > 0)
            {
                afterId = batch[^1].Subject.CustomerId;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await ScoreAsync(batch, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                scored += batch.Count;
            }
        }
        while (batch.Count == BatchSize);

        return scored;
    }

    private async Task ScoreAsync(IReadOnlyList<Scored> customers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (customers.Count == 0)
        {
            return;
        }

        var facts = await HealthFactsQuery.LoadAsync(db, customers.Select(c => c.Subject).ToList(), now, cancellationToken).ConfigureAwait(false);
        var rescored = customers
            .Select(c => (Id: c.Subject.CustomerId, c.StoredScore, Score: ChurnRisk.Score(facts[c.Subject.CustomerId], now).Score))
            .ToList();

        // Scores that held need only their time moved on, all in one statement; changed ones one statement per new score.
        var unchanged = rescored.Where(r => r.Score == r.StoredScore).Select(r => r.Id).ToList();
        if (unchanged.Count > 0)
        {
            await Fresher(now, c => unchanged.Contains(c.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.RiskScoredAt, now), cancellationToken)
                .ConfigureAwait(false);
        }

        foreach (var sameScore in rescored.Where(r => r.Score != r.StoredScore).GroupBy(r => r.Score))
        {
            var ids = sameScore.Select(r => r.Id).ToList();
            await Fresher(now, c => ids.Contains(c.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.RiskScore, sameScore.Key).SetProperty(c => c.RiskScoredAt, now), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>The customers matching <paramref name="which"/> whose stored score is older than one computed at <paramref name="now"/>.</summary>
    private IQueryable<Customer> Fresher(DateTimeOffset now, Expression<Func<Customer, bool>> which) =>
        db.Customers.Where(which).Where(c => c.RiskScoredAt == null || c.RiskScoredAt <= now);

    private sealed record Scored(HealthSubject Subject, decimal StoredScore);
}
