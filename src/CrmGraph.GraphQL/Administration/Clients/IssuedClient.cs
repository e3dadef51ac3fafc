using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

/// <summary>A client as an administrative change left it, with a new secret when the change made one (shown this once).</summary>
public sealed record IssuedClient(OAuthClientSummary Client, string? Secret = null, DateTimeOffset? PreviousSecretValidUntil = null);
