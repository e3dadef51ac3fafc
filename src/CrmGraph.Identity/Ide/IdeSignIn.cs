using CrmGraph.Identity.Authorization;

namespace CrmGraph.Identity.Ide;

/// <summary>
/// How the browser IDE served at the GraphQL address signs staff in: authorization code + PKCE as a public client of
/// its own, redirected back to the IDE's own address, asking for every scope a staff member may hold (the roles then
/// decide what each one gets).
/// </summary>
public static class IdeSignIn
{
    /// <summary>The client id the IDE signs in with on the embedded server unless <c>GraphQL:Ide:ClientId</c> says otherwise.</summary>
    public const string DefaultClientId = "crm-graphiql";

    public static string Scope { get; } = string.Join(' ', [Scopes.OpenId, Scopes.Profile, Scopes.Email, .. CrmScopes.All]);

    /// <summary>The IDE's redirect addresses: <paramref name="idePath"/> on each address browsers reach the server at.</summary>
    public static IReadOnlyList<Uri> RedirectUris(IEnumerable<Uri> serverAddresses, string idePath) =>
        serverAddresses.Select(address => new Uri(address, idePath)).Distinct().ToList();
}
