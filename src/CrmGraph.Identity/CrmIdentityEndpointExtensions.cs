using CrmGraph.Identity.Accounts;
using CrmGraph.Identity.Endpoints;
using CrmGraph.Identity.SignIn;
using CrmGraph.Identity.TwoFactor;
using Microsoft.AspNetCore.Routing;

namespace CrmGraph.Identity;

public static class CrmIdentityEndpointExtensions
{
    /// <summary>
    /// Maps the embedded authorization server's own endpoints (authorize, token, end-session) and the staff
    /// sign-in and account pages; discovery, JWKS, introspection and revocation are answered by the server itself.
    /// </summary>
    public static IEndpointRouteBuilder MapCrmIdentity(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<AuthOptions>().UsesEmbeddedServer)
        {
            return endpoints;
        }

        endpoints.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizationEndpoint.HandleAsync);
        endpoints.MapPost("/connect/token", TokenEndpoint.HandleAsync);
        endpoints.MapMethods(EndSessionEndpoint.Path, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionEndpoint.HandleAsync);
        SignInEndpoints.Map(endpoints);
        AccountEndpoints.Map(endpoints);
        TwoFactorSignInEndpoints.Map(endpoints);
        AuthenticatorEndpoints.Map(endpoints);
        return endpoints;
    }
}
