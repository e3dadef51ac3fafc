using CrmGraph.Data.Audit;
using CrmGraph.Domain.Staff;
using CrmGraph.Identity.Accounts;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>
/// The operator's bootstrap: makes the first administrator (staff member and account, no password) and returns the
/// one-time link at which they set their password. Refuses while an active administrator exists, unless forced
/// (to recover an organisation whose administrators are all locked out).
/// </summary>
public sealed class CreateAdministratorCommand(CrmDbContext db, TimeProvider clock, StaffAccounts accounts)
{
    public const string AdministrationTeam = "Administration";

    public async Task<Payload<StaffAccountLink>> ExecuteAsync(string name, string email, bool force, Uri baseAddress, CancellationToken cancellationToken)
    {
        if (!force && await db.StaffMembers.AnyAsync(s => s.Role == StaffRole.Administrator && s.Active, cancellationToken).ConfigureAwait(false))
        {
            return Payload<StaffAccountLink>.Failure(new DomainError(
                DomainErrorCodes.InvalidTransition, "An administrator already exists: administrators add others through the API. Pass --force to add one anyway."));
        }

        var normalized = email?.Trim().ToLowerInvariant() ?? string.Empty;
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.Email == normalized, cancellationToken).ConfigureAwait(false);
        var before = staff is null ? null : StaffAudit.Snapshot(staff);
        if (staff is null)
        {
            var created = StaffMember.Create(name, normalized, StaffRole.Administrator, AdministrationTeam);
            if (!created.Succeeded)
            {
                return Payload<StaffAccountLink>.Failure(created.Errors);
            }

            staff = created.Value;
            db.StaffMembers.Add(staff);
        }
        else if (staff.Reassign(StaffRole.Administrator, staff.Team) is { Count: > 0 } errors)
        {
            return Payload<StaffAccountLink>.Failure(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var account = await accounts.EnsureAsync(staff).ConfigureAwait(false);
        var link = await accounts.SetPasswordLinkAsync(account, baseAddress).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), AdministrativeActor.CommandLine, "createAdministrator", StaffAudit.StaffMemberType, staff.Email, before, StaffAudit.Snapshot(staff));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<StaffAccountLink>.Success(new StaffAccountLink(staff, link));
    }
}
