using CrmGraph.Data.Audit;
using CrmGraph.Domain.Staff;
using CrmGraph.Identity.Accounts;
using CrmGraph.Identity.TwoFactor;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>
/// For a lost phone: turns a staff member's authenticator codes off and forgets their key and recovery codes, so they
/// sign in with their password and (if they must, or want) set up a new authenticator.
/// </summary>
internal sealed class ResetStaffAuthenticatorCommand(CrmDbContext db, TimeProvider clock, StaffAccounts accounts, StaffAuthenticators authenticators)
{
    public async Task<Payload<StaffMember>> ExecuteAsync(StaffMemberRefInput input, string actor, CancellationToken cancellationToken)
    {
        var found = await StaffAccountLookup.FindAsync(db, accounts, input, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Payload<StaffMember>.Failure(found.Errors);
        }

        var (staff, account) = found.Value;
        if (!account.TwoFactorEnabled)
        {
            return Payload<StaffMember>.Failure(new DomainError(DomainErrorCodes.InvalidTransition, $"{staff.Name} has no authenticator codes turned on.", "staffMemberId"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await authenticators.TurnOffAsync(account).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "resetStaffAuthenticator", StaffAudit.StaffAccountType, staff.Email, new { TwoFactorEnabled = true }, new { account.TwoFactorEnabled });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<StaffMember>.Success(staff);
    }
}
