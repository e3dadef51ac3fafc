using System.Net;

namespace CrmGraph.Server.Tests.Operations;

/// <summary>Asks a health endpoint as an orchestrator does: anonymously, reading the status code and the JSON report.</summary>
internal static class HealthProbe
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(Uri baseAddress, string path)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var response = await http.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>The status of one check in a readiness report.</summary>
    public static string? CheckStatus(JsonElement report, string check) =>
        report.GetProperty("checks").GetProperty(check).GetProperty("status").GetString();
}
