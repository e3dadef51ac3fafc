namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>Why a request was refused before execution: the HTTP status, a stable code and a message to act on.</summary>
public sealed record RequestRejection(int StatusCode, string Code, string Message)
{
    public static RequestRejection BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
