namespace CrmGraph.GraphQL.AspNetCore.RateLimiting;

/// <summary>The <c>extensions.code</c> values of operations refused for how many of them a caller runs.</summary>
public static class RateLimitCodes
{
    /// <summary>The caller's allowance of operations is spent for now; over HTTP the answer is 429 with <c>Retry-After</c>.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>A WebSocket already runs as many operations as one socket may.</summary>
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
}
