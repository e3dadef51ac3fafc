using System.Globalization;

namespace CrmGraph.Identity.Callers;

/// <summary>Who is calling, as read from a validated access token (embedded or external issuer alike).</summary>
public sealed record Caller(string? Subject, string? ClientId, int? StaffId, int? PartnerId, string? Role, IReadOnlySet<string> Scopes)
{
    public bool IsAuthenticated => Subject is not null || ClientId is not null;

    public bool IsPartner => PartnerId is not null;

    public bool IsStaff => StaffId is not null && Role is not null;

    public bool HasScope(string scope) => Scopes.Contains(scope);

    public static Caller From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return new Caller(null, null, null, null, null, new HashSet<string>());
        }

        return new Caller(
            principal.FindFirst(Claims.Subject)?.Value,
            principal.FindFirst(Claims.ClientId)?.Value ?? principal.FindFirst(Claims.AuthorizedParty)?.Value,
            IntegerClaim(principal, CrmClaimTypes.StaffId),
            IntegerClaim(principal, CrmClaimTypes.PartnerId),
            principal.FindFirst(Claims.Role)?.Value ?? principal.FindFirst(ClaimTypes.Role)?.Value,
            ScopesOf(principal));
    }

    /// <summary>
    /// Scopes arrive as one space-separated <c>scope</c> claim (RFC 9068), as one claim per scope, or as
    /// <c>scp</c> from some external providers; all three are read.
    /// </summary>
    private static HashSet<string> ScopesOf(ClaimsPrincipal principal) =>
        principal.Claims
            .Where(c => c.Type is Claims.Scope or Claims.Private.Scope or "scp")
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

    private static int? IntegerClaim(ClaimsPrincipal principal, string type) =>
        int.TryParse(principal.FindFirst(type)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
