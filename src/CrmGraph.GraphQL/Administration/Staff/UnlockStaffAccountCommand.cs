using CrmGraph.Data.Audit;
using CrmGraph.Domain.Staff;
using CrmGraph.Identity.Accounts;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>Lifts an account lockout and lets every address try the account's email again after failed sign-ins.</summary>
internal sealed class UnlockStaffAccountCommand(CrmDbContext db, TimeProvider clock, StaffAccounts accounts)
{
    public async Task<Payload<StaffMember>> ExecuteAsync(StaffMemberRefInput input, string actor, CancellationToken cancellationToken)
    {
        var found = await StaffAccountLookup.FindAsync(db, accounts, input, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Payload<StaffMember>.Failure(found.Errors);
        }

        var (staff, account) = found.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var before = new { account.LockoutEnd, account.AccessFailedCount };
        await accounts.UnlockAsync(account).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "unlockStaffAccount", StaffAudit.StaffAccountType, staff.Email, before, new { account.LockoutEnd, account.AccessFailedCount });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<StaffMember>.Success(staff);
    }
}
