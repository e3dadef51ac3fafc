namespace CrmGraph.Identity.Clients;

/// <summary>An OAuth client as administrators see it; never its secret.</summary>
public sealed record OAuthClientSummary(
    string ClientId,
    string? DisplayName,
    ClientKind Kind,
    string? PartnerCode,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> RedirectUris,
    DateTimeOffset? DisabledAt);
