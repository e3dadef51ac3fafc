namespace CrmGraph.GraphQL.Administration.Clients;

public sealed class ClientRefInput
{
    public string ClientId { get; set; } = string.Empty;
}
