namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>Carries a rejection out of deep request parsing; caught by the reader, never seen by callers.</summary>
internal sealed class RequestRejectedException(RequestRejection rejection) : Exception(rejection.Message)
{
    public RequestRejection Rejection { get; } = rejection;
}
