using System.Globalization;
using System.Security.Cryptography;
using CrmGraph.Application.Common;
using CrmGraph.Domain.Complaints;

namespace CrmGraph.Application.Complaints;

/// <summary>Filing a complaint and every change after it; what follows each (notices, risk, activity) is in the event handlers.</summary>
public sealed class ComplaintCommands(CrmDbContext db, CommandPipeline pipeline, SlaPolicy sla, TimeProvider time)
{
    /// <summary>Files a complaint, unless its references (<paramref name="referenceErrors"/>) or the domain's rules say otherwise; all broken rules are given together.</summary>
    public async Task<Outcome<Complaint>> FileAsync(FileComplaint command, IReadOnlyList<DomainError> referenceErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(referenceErrors);
        var now = time.GetUtcNow();
        var outcome = Complaint.File(
            NewNumber(now),
            command.CustomerId,
            command.ProductId,
            command.OrderId,
            command.Channel,
            command.Category,
            command.Severity,
            command.Description,
            sla.TargetsFor(command.Severity, command.ProductTerms, command.Tier),
            now,
            command.ActorStaffId);
        var errors = referenceErrors.Concat(outcome.Errors).ToList();
        return errors.Count > 0 ? Outcome<Complaint>.Failure(errors) : await pipeline.AddAsync(outcome.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Changes complaint <paramref name="id"/> (as the client named it: <paramref name="givenId"/>) read at
    /// <paramref name="version"/>, by <paramref name="change"/>.
    /// </summary>
    public Task<Outcome<Complaint>> ChangeAsync(
        int id, string givenId, int? version, int? by, Func<Complaint, ComplaintChangeContext, ValueTask<DomainError?>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var context = new ComplaintChangeContext(by, time.GetUtcNow(), db, cancellationToken);
        return pipeline.ChangeAsync(
            db.Complaints.Where(c => c.Id == id),
            new DomainError(DomainErrorCodes.NotFound, $"No complaint has id '{givenId}'.", "id"),
            "complaint",
            version,
            async complaint => await change(complaint, context).ConfigureAwait(false) is { } error ? [error] : [],
            cancellationToken);
    }

    private static string NewNumber(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"CMP-{now:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}");
}
