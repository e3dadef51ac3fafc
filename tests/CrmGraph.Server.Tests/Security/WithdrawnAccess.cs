using System.Diagnostics;
using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>Waits, within the revocation bound, for the API to stop accepting a token.</summary>
internal static class WithdrawnAccess
{
    public const string Query = "{ customers(first: 1) { totalCount } }";

    /// <summary>
    /// Asks with <paramref name="client"/>'s token until it is refused with 401, and fails the test if that takes longer
    /// than <paramref name="interval"/> (the configured bound) and a second of slack. Returns how long it took.
    /// </summary>
    public static async Task<TimeSpan> RefusedWithinAsync(GraphQLClient client, TimeSpan interval)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.SendAsync(Query);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
                return waited.Elapsed;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(waited.Elapsed < interval + TimeSpan.FromSeconds(1), $"The token was still accepted {waited.Elapsed} after it was withdrawn.");
            await Task.Delay(100);
        }
    }
}
