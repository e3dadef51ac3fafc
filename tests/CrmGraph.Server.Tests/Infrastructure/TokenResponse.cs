using System.Net;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>A token endpoint's answer: tokens on success, an OAuth <c>error</c> otherwise.</summary>
public sealed record TokenResponse(HttpStatusCode Status, JsonElement Body)
{
    public string AccessToken => Body.GetProperty("access_token").GetString()!;

    public string? RefreshToken => Body.TryGetProperty("refresh_token", out var token) ? token.GetString() : null;

    public string? Error => Body.TryGetProperty("error", out var error) ? error.GetString() : null;

    /// <summary>The access token's claims (the JWT payload, read without checking it: the server checks).</summary>
    public JsonElement AccessTokenClaims => Jwt.Payload(AccessToken);
}
