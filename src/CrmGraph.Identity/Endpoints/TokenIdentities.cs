using Microsoft.IdentityModel.Tokens;

namespace CrmGraph.Identity.Endpoints;

internal static class TokenIdentities
{
    /// <summary>An identity for the embedded server to sign in, addressed to the CRM API.</summary>
    public static ClaimsIdentity Create(string subject, string name, AuthOptions options)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name);
        identity.SetResources(options.Audience);
        return identity;
    }
}
