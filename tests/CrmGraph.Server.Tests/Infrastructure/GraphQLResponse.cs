using System.Net;

namespace CrmGraph.Server.Tests.Infrastructure;

public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public JsonElement? Errors => Body.TryGetProperty("errors", out var errors) ? errors : null;

    /// <summary>The <c>extensions.code</c> of every error, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes =>
        Errors is { } errors
            ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList()
            : [];
}
