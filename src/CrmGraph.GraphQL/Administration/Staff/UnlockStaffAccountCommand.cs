using CrmGraph.Data.Audit;
using CrmGraph.Domain.Staff;
using CrmGraph.Identity.Accounts;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>Lifts an account lockout and lets every address try the account's email again after failed sign-ins.</summary>
internal sealed class UnlockStaffAccountCommand(CrmDbContext db, TimeProvider clock, StaffAccounts accounts)
{
    public async Task<Payload<StaffMember>> ExecuteAsync(StaffMemberRefInput input, string actor, CancellationToken cancellationToken)
    {
        var found = await StaffLookup.FindAsync(db, input.StaffMemberId, version: null, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Payload<StaffMember>.Failure(found.Errors);
        }

        var staff = found.Value;
        if (await accounts.FindAsync(staff.Id).ConfigureAwait(false) is not { } account)
        {
            return Payload<StaffMember>.Failure(new DomainError(DomainErrorCodes.NotFound, $"{staff.Name} has no account.", "staffMemberId"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var before = new { account.LockoutEnd, account.AccessFailedCount };
        await accounts.UnlockAsync(account).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "unlockStaffAccount", StaffAudit.StaffAccountType, staff.Email, before, new { account.LockoutEnd, account.AccessFailedCount });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<StaffMember>.Success(staff);
    }
}
