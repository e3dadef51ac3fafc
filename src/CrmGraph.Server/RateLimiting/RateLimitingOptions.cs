namespace CrmGraph.Server.RateLimiting;

/// <summary>
/// The <c>RateLimiting</c> configuration section: how many GraphQL operations each client may run. (Its
/// <c>MaxOperationsPerSocket</c> is read with the WebSocket transport's settings.)
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>
    /// Operations per minute for each client (each signed-in staff member of a client, and each address of callers
    /// without a token), refilled evenly; a client may spend a whole minute's worth at once. 0 lifts the limit.
    /// </summary>
    public int PermitsPerMinute { get; set; } = 1200;

    /// <summary>Overrides of <see cref="PermitsPerMinute"/> by OAuth client id (a busy partner portal, an internal job); 0 lifts the limit.</summary>
    public Dictionary<string, int> Clients { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether any client is limited at all; when none is, the limiter stays out of the request path.</summary>
    public bool Enabled => PermitsPerMinute > 0 || Clients.Values.Any(permits => permits > 0);
}
