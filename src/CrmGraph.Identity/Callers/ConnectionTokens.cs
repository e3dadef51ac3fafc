using System.Text.Json;
using OpenIddict.Validation;

namespace CrmGraph.Identity.Callers;

/// <summary>
/// Authenticates a WebSocket connection by the bearer token its <c>connection_init</c> payload carries as
/// <c>{ "Authorization": "Bearer &lt;token&gt;" }</c>, checked exactly as the HTTP endpoint checks one (revocation
/// included), at <c>connection_init</c> and again before each operation on the connection.
/// </summary>
public static class ConnectionTokens
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>When a validated token's principal stops being valid: the token's expiry.</summary>
    public static DateTimeOffset? ExpiryOf(ClaimsPrincipal principal) => principal?.GetExpirationDate();

    /// <summary>The caller's principal, or null when the payload carries no valid token.</summary>
    public static async ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, IReadOnlyDictionary<string, JsonElement>? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = payload?.FirstOrDefault(p => string.Equals(p.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        if (header is not { ValueKind: JsonValueKind.String } value
            || value.GetString() is not { } text
            || !text.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var validation = http.RequestServices.GetRequiredService<OpenIddictValidationService>();
            return await validation.ValidateAccessTokenAsync(text[BearerPrefix.Length..].Trim(), cancellationToken).ConfigureAwait(false);
        }
        catch (OpenIddictExceptions.ProtocolException)
        {
            return null;
        }
    }
}
