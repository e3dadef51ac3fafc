using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CrmGraph.Bench;

/// <summary>Gets an access token for the benchmark from the server's token endpoint (client credentials).</summary>
internal static class BenchToken
{
    public static async Task<string> GetAsync(HttpClient client, BenchSettings settings)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Url, "/connect/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("scope", "crm.read crm.write complaints.subscribe")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}")));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("access_token", out var token)
            ? token.GetString()!
            : throw new InvalidOperationException($"No token for client {settings.ClientId}: {body}");
    }
}
