using System.Globalization;

namespace CrmGraph.GraphQL.AspNetCore.RateLimiting;

/// <summary>How both transports word a rate-limit refusal: whole seconds to wait, at least one.</summary>
internal static class RateLimitRefusal
{
    public static string RetryAfterSeconds(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public static ExecutionError Error(TimeSpan retryAfter) =>
        new($"Too many operations from this client; retry after {RetryAfterSeconds(retryAfter)} s.") { Code = RateLimitCodes.RateLimited };
}
