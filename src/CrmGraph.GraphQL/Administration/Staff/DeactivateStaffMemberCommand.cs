using CrmGraph.Data.Audit;
using CrmGraph.Identity.Accounts;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>
/// Deactivates a staff member: the token endpoint refuses them from now on, their account's sessions, tokens and
/// grants are revoked in the same transaction, and the open complaints still assigned to them are listed.
/// </summary>
internal sealed class DeactivateStaffMemberCommand(CrmDbContext db, TimeProvider clock, StaffAccounts accounts)
{
    public async Task<Payload<StaffDeactivation>> ExecuteAsync(StaffMemberRefInput input, string actor, CancellationToken cancellationToken)
    {
        var found = await StaffLookup.FindAsync(db, input.StaffMemberId, input.Version, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Payload<StaffDeactivation>.Failure(found.Errors);
        }

        var staff = found.Value;
        var before = StaffAudit.Snapshot(staff);
        if (staff.Deactivate() is { } error)
        {
            return Payload<StaffDeactivation>.Failure(error);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "deactivateStaffMember", StaffAudit.StaffMemberType, staff.Email, before, StaffAudit.Snapshot(staff));
        var saved = await SavedChanges.CommitAsync(db, input.Version ?? staff.Version, "staff member", staff, cancellationToken).ConfigureAwait(false);
        if (saved.Errors.Count > 0)
        {
            return Payload<StaffDeactivation>.Failure(saved.Errors);
        }

        if (await accounts.FindAsync(staff.Id).ConfigureAwait(false) is { } account)
        {
            await accounts.SignOutEverywhereAsync(account).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.AssigneeId == staff.Id && c.Status != Domain.Complaints.ComplaintStatus.Resolved && c.Status != Domain.Complaints.ComplaintStatus.Closed)
            .OrderBy(c => c.ResolutionDueAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return Payload<StaffDeactivation>.Success(new StaffDeactivation(staff, open));
    }
}
