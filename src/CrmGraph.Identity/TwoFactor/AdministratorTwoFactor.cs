using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Identity.TwoFactor;

/// <summary><c>Auth:RequireTwoFactorForAdministrators</c>: whether an account must keep authenticator codes on.</summary>
internal static class AdministratorTwoFactor
{
    /// <summary>True when the requirement is on and the account is an Administrator's.</summary>
    public static async Task<bool> IsRequiredAsync(CrmDbContext db, StaffAccount account, AuthOptions options, CancellationToken cancellationToken) =>
        options.RequireTwoFactorForAdministrators is true
        && await db.StaffMembers.AsNoTracking()
            .AnyAsync(s => s.Id == account.StaffMemberId && s.Role == StaffRole.Administrator, cancellationToken)
            .ConfigureAwait(false);
}
