using System.Net;
using System.Text.RegularExpressions;

namespace CrmGraph.Server.Tests.Ide;

/// <summary>
/// Who gets the IDE at <c>/graphql</c>: a browser's navigation does (with its files from this server and a
/// content security policy), API clients never do, and the page says which client and authority it signs in with.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed partial class IdePageTests(CrmServerFixture server)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_browser_gets_graphiql_with_the_sign_in_of_the_embedded_server()
    {
        var (response, page) = await GetAsync(server.BaseAddress, "/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var config = Config(page);
        Assert.Equal("crm-graphiql", config.GetProperty("signIn").GetProperty("clientId").GetString());
        Assert.Equal(JsonValueKind.Null, config.GetProperty("signIn").GetProperty("authority").ValueKind);
        Assert.Contains("complaints.subscribe", config.GetProperty("signIn").GetProperty("scope").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json, text/html;q=0.5")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task An_api_client_gets_the_api_not_the_ide(string? accept)
    {
        var (response, _) = await GetAsync(server.BaseAddress, "/graphql?query=%7B__typename%7D", accept);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("graphiql.min.js", "text/javascript")]
    [InlineData("graphiql.min.css", "text/css")]
    [InlineData("ide.js", "text/javascript")]
    [InlineData("graphiql.LICENSE", "text/plain")]
    public async Task Every_file_the_page_needs_comes_from_this_server(string file, string mediaType)
    {
        var (response, content) = await GetAsync(server.BaseAddress, "/graphql/ide/" + file, accept: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(content);
    }

    [Fact]
    public async Task The_page_links_only_files_this_server_serves()
    {
        var (_, page) = await GetAsync(server.BaseAddress, "/graphql", BrowserAccept);

        var links = LinkPattern().Matches(page).Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(7, links.Count);
        foreach (var link in links)
        {
            Assert.StartsWith("/graphql/ide/", link, StringComparison.Ordinal);
            var (response, _) = await GetAsync(server.BaseAddress, link, accept: null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_root_sends_a_browser_to_the_ide()
    {
        var (response, _) = await GetAsync(server.BaseAddress, "/", BrowserAccept);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task With_an_external_authority_and_no_ide_client_the_page_says_it_cannot_sign_in()
    {
        await using var api = new RunningServer();
        await api.StartAsync("Development", "--Auth:Authority", server.BaseAddress.AbsoluteUri, "--Database:SeedDemoData", "false");

        var signIn = Config((await GetAsync(api.BaseAddress, "/graphql", BrowserAccept)).Body).GetProperty("signIn");

        Assert.Equal(JsonValueKind.Null, signIn.GetProperty("clientId").ValueKind);
        Assert.Contains($"Sign-in is unavailable here: tokens come from {server.BaseAddress.AbsoluteUri}", signIn.GetProperty("unavailable").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_external_authority_and_an_ide_client_the_page_signs_in_there()
    {
        await using var api = new RunningServer();
        await api.StartAsync("Development", "--Auth:Authority", server.BaseAddress.AbsoluteUri, "--GraphQL:Ide:ClientId", "spa-at-the-provider", "--Database:SeedDemoData", "false");

        var (response, page) = await GetAsync(api.BaseAddress, "/graphql", BrowserAccept);
        var signIn = Config(page).GetProperty("signIn");

        Assert.Equal(server.BaseAddress.AbsoluteUri, signIn.GetProperty("authority").GetString());
        Assert.Equal("spa-at-the-provider", signIn.GetProperty("clientId").GetString());
        var origin = server.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.Contains($"connect-src 'self' {origin};", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_ide_turned_off_a_browser_gets_the_api()
    {
        await using var api = new RunningServer();
        await api.StartAsync("Development", "--GraphQL:Ide:Enabled", "false", "--Database:SeedDemoData", "false");

        var (response, _) = await GetAsync(api.BaseAddress, "/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(Uri baseAddress, string path, string? accept)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        var response = await http.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static JsonElement Config(string page)
    {
        var json = ConfigPattern().Match(page);
        Assert.True(json.Success, "The page holds no IDE configuration.");
        return JsonDocument.Parse(json.Groups["json"].Value).RootElement;
    }

    [GeneratedRegex("""<script type="application/json" id="ide-config">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ConfigPattern();

    [GeneratedRegex("""(?:src|href)="(?<path>[^"]+)"(?=>)""")]
    private static partial Regex LinkPattern();
}
