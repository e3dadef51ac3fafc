using CrmGraph.Data.Audit;
using CrmGraph.Identity;
using CrmGraph.Identity.Accounts;
using Microsoft.AspNetCore.Http;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>
/// Gives a staff member a one-time, expiring link at which they set their password: an invitation (making the
/// account) or a reset. The link is for the staff member only; the audit trail records that one was issued, never the link.
/// </summary>
internal sealed class IssueSetPasswordLinkCommand(CrmDbContext db, TimeProvider clock, StaffAccounts accounts, AuthOptions options, IHttpContextAccessor http)
{
    public async Task<Payload<StaffAccountLink>> ExecuteAsync(StaffMemberRefInput input, SetPasswordLinkPurpose purpose, string actor, CancellationToken cancellationToken)
    {
        var found = await StaffLookup.FindAsync(db, input.StaffMemberId, version: null, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Payload<StaffAccountLink>.Failure(found.Errors);
        }

        var staff = found.Value;
        if (!staff.Active)
        {
            return Payload<StaffAccountLink>.Failure(new DomainError(DomainErrorCodes.InvalidTransition, $"{staff.Name} is deactivated and cannot sign in.", "staffMemberId"));
        }

        var existing = await accounts.FindAsync(staff.Id).ConfigureAwait(false);
        if (purpose == SetPasswordLinkPurpose.Reset && existing is null)
        {
            return Payload<StaffAccountLink>.Failure(new DomainError(DomainErrorCodes.NotFound, $"{staff.Name} has no account yet; invite them instead.", "staffMemberId"));
        }

        if (purpose == SetPasswordLinkPurpose.Invitation && existing?.PasswordHash is not null)
        {
            return Payload<StaffAccountLink>.Failure(new DomainError(DomainErrorCodes.InvalidTransition, $"{staff.Name} already has a password; reset it instead.", "staffMemberId"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var account = existing ?? await accounts.EnsureAsync(staff).ConfigureAwait(false);
        var link = await accounts.SetPasswordLinkAsync(account, PublicAddress()).ConfigureAwait(false);
        var action = purpose == SetPasswordLinkPurpose.Invitation ? "inviteStaffAccount" : "resetStaffPassword";
        db.Record(clock.GetUtcNow(), actor, action, StaffAudit.StaffAccountType, staff.Email, before: null, new { LinkExpiresAt = link.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<StaffAccountLink>.Success(new StaffAccountLink(staff, link));
    }

    /// <summary>The configured issuer, else the address this request reached the server at.</summary>
    private Uri PublicAddress()
    {
        if (options.Issuer is { } issuer)
        {
            return issuer;
        }

        var request = http.HttpContext!.Request;
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }
}
