using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CrmGraph.Server.RateLimiting;

/// <summary>The answer to a request over its client's limit: 429 with <c>Retry-After</c> and a GraphQL-shaped error.</summary>
internal static class RateLimitedResponse
{
    public const string Code = "RATE_LIMITED";

    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            errors = new[]
            {
                new { message = $"Too many requests from this client; retry after {seconds} s.", extensions = new { code = Code } },
            },
        };
        await JsonSerializer.SerializeAsync(response.Body, body, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
    }
}
