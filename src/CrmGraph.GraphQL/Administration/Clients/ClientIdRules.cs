namespace CrmGraph.GraphQL.Administration.Clients;

internal static class ClientIdRules
{
    public const int MaxLength = 100;

    public const string Description = "Unique; 3 to 100 letters, digits, '.', '-' or '_'.";

    public static DomainError? Check(string clientId) =>
        clientId.Length is >= 3 and <= MaxLength && clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? null
            : new DomainError(DomainErrorCodes.Validation, $"'{clientId}' is not a client id: {Description}", "clientId");
}
