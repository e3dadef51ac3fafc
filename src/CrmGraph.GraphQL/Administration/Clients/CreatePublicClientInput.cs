namespace CrmGraph.GraphQL.Administration.Clients;

public sealed class CreatePublicClientInput
{
    public string ClientId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public IReadOnlyList<string> RedirectUris { get; set; } = [];

    public IReadOnlyList<string>? PostLogoutRedirectUris { get; set; }
}
