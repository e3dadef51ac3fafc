using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

public sealed class CreateConfidentialClientInput
{
    public string ClientId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public ClientKind Kind { get; set; }

    public string? PartnerId { get; set; }

    public IReadOnlyList<string> Scopes { get; set; } = [];
}
