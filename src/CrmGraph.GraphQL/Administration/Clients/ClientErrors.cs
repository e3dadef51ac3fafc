namespace CrmGraph.GraphQL.Administration.Clients;

internal static class ClientErrors
{
    public static DomainError NotFound(string clientId) => new(DomainErrorCodes.NotFound, $"No client has the id '{clientId}'.", "clientId");
}
