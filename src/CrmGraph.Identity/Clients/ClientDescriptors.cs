using System.Text.Json;

namespace CrmGraph.Identity.Clients;

/// <summary>How CrmGraph's clients are registered with the embedded server: one shape per kind.</summary>
public static class ClientDescriptors
{
    /// <summary>A confidential client-credentials client, bound to the partner <paramref name="partnerCode"/> when one is given.</summary>
    public static OpenIddictApplicationDescriptor Machine(string clientId, string secret, string displayName, string? partnerCode, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Introspection,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials,
            },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        if (partnerCode is not null)
        {
            descriptor.Properties[ClientProperties.Partner] = JsonSerializer.SerializeToElement(partnerCode);
        }

        return descriptor;
    }

    /// <summary>A public staff front-end: authorization code with PKCE only, to exactly the redirect addresses given.</summary>
    public static OpenIddictApplicationDescriptor Frontend(string clientId, string displayName, IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutRedirectUris)
    {
        ArgumentNullException.ThrowIfNull(redirectUris);
        ArgumentNullException.ThrowIfNull(postLogoutRedirectUris);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris);
        foreach (var scope in ClientScopes.AllowedFor(ClientKind.Frontend))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        return descriptor;
    }
}
