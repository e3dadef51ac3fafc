using System.Globalization;
using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.Authorization;
using CrmGraph.Identity.Callers;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Identity.Endpoints;

/// <summary>Builds the claims a signed-in staff member's tokens carry, from the account and its staff record.</summary>
internal static class StaffPrincipals
{
    private static readonly string[] IdentityScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess];

    /// <summary>Null when the staff member no longer exists or is no longer active.</summary>
    public static async Task<ClaimsPrincipal?> CreateAsync(CrmDbContext db, StaffAccount account, IEnumerable<string> requestedScopes, AuthOptions options, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == account.StaffMemberId, cancellationToken).ConfigureAwait(false);
        if (staff is null || !staff.Active)
        {
            return null;
        }

        var identity = TokenIdentities.Create(account.Id.ToString(CultureInfo.InvariantCulture), staff.Name, options);
        identity.SetClaim(Claims.Email, staff.Email)
            .SetClaim(Claims.Role, staff.Role.ToString())
            .SetClaim(CrmClaimTypes.StaffId, staff.Id.ToString(CultureInfo.InvariantCulture));

        // A front-end may ask for more than the person's role allows; the token gets what the role allows.
        var grantable = CrmRoles.GrantableScopes(staff.Role);
        identity.SetScopes(requestedScopes.Where(s => grantable.Contains(s) || IdentityScopes.Contains(s)));
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or Claims.Email or Claims.Role or CrmClaimTypes.StaffId or Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
