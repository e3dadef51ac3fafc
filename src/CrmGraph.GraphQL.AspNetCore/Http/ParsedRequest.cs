using GraphQL.Transport;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>The GraphQL requests of one HTTP request (several when batched), or why it was refused.</summary>
public sealed record ParsedRequest(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch, RequestRejection? Rejection)
{
    public static ParsedRequest Refused(RequestRejection rejection) => new([], false, rejection);
}
