using Microsoft.Playwright;
using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Ide;

/// <summary>
/// GraphiQL in a real headless Chromium against the real server: a staff member signs in through the embedded
/// authorization server (code + PKCE), runs a query and sees data, then subscribes to <c>complaintFiled</c> over
/// graphql-transport-ws and sees a complaint filed meanwhile over HTTP.
/// </summary>
public sealed class IdeBrowserTests(IdeServer fixture) : IClassFixture<IdeServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly RunningServer _server = fixture.Server;

    [ChromiumFact]
    public async Task A_staff_member_signs_in_queries_and_hears_a_complaint_filed_meanwhile()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var ide = new Uri(_server.BaseAddress, "/graphql");
        var page = await SignedInAsync(browser, IdeWith(ide, "{ customers(first: 2) { totalCount edges { node { name } } } }"), CrmServerFixture.AgentEmail);
        Assert.DoesNotContain("code=", page.Url, StringComparison.Ordinal);

        await page.Locator(".graphiql-execute-button").ClickAsync();
        var answer = await ResponsePaneAsync(page, "totalCount");
        var firstName = await FirstCustomerNameAsync();
        Assert.Contains(firstName, answer, StringComparison.Ordinal);

        await page.GotoAsync(IdeWith(ide, "subscription { complaintFiled { number severity } }"));
        await page.GetByText($"Signed in as {CrmServerFixture.AgentEmail}").WaitForAsync();
        var subscribed = new TaskCompletionSource<IWebSocket>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Text?.Contains("\"subscribe\"", StringComparison.Ordinal) == true)
            {
                subscribed.TrySetResult(socket);
            }
        };
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var socket = await subscribed.Task.WaitAsync(Patience);
        Assert.EndsWith("/graphql", socket.Url, StringComparison.Ordinal);

        using var staff = await StaffClientAsync();
        var heard = await FileUntilHeardAsync(page, staff);
        Assert.Contains("CRITICAL", heard, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_docs_explorer_shows_the_schema_read_by_introspection()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await SignedInAsync(browser, new Uri(_server.BaseAddress, "/graphql").ToString(), CrmServerFixture.ManagerEmail);

        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        var explorer = page.Locator(".graphiql-doc-explorer");
        await explorer.GetByText("Query", new() { Exact = true }).First.ClickAsync();
        await explorer.GetByText("atRiskCustomers", new() { Exact = true }).WaitForAsync();
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = SystemChromium.Path, Headless = true, Args = SystemChromium.Flags });

    /// <summary>Opens the IDE at <paramref name="address"/> and signs in there as <paramref name="email"/> through the server's sign-in page.</summary>
    private static async Task<IPage> SignedInAsync(IBrowser browser, string address, string email)
    {
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        await page.GotoAsync(address);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        await page.Locator("input[name=email]").FillAsync(email);
        await page.Locator("input[name=password]").FillAsync(CrmServerFixture.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByText($"Signed in as {email}").WaitForAsync();
        return page;
    }

    private static string IdeWith(Uri ide, string query) => $"{ide}?query={Uri.EscapeDataString(query)}";

    private async Task<GraphQLClient> StaffClientAsync()
    {
        var token = await new OAuthClient(_server.BaseAddress).SignInStaffAsync(CrmServerFixture.ManagerEmail, CrmServerFixture.StaffPassword);
        return GraphQLClient.For(_server.BaseAddress, token.AccessToken);
    }

    private async Task<string> FirstCustomerNameAsync()
    {
        using var staff = await StaffClientAsync();
        var data = await staff.DataAsync("{ customers(first: 1) { edges { node { name } } } }");
        return data.GetProperty("customers").GetProperty("edges")[0].GetProperty("node").GetProperty("name").GetString()!;
    }

    /// <summary>
    /// Files a critical complaint and waits for its number in the IDE's result pane. The subscribe message may reach the
    /// server a moment after the browser sent it, so a filing that beat it is followed by another.
    /// </summary>
    private static async Task<string> FileUntilHeardAsync(IPage page, GraphQLClient staff)
    {
        var customerId = await CustomerIdAsync(staff);
        for (var attempt = 1; ; attempt++)
        {
            var number = (await FiledAsync(staff, customerId, "CRITICAL")).GetProperty("number").GetString()!;
            try
            {
                return await ResponsePaneAsync(page, number, TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException) when (attempt < 5)
            {
            }
        }
    }

    private static async Task<string> ResponsePaneAsync(IPage page, string expected, TimeSpan? patience = null)
    {
        var pane = page.Locator(".graphiql-response");
        await pane.GetByText(expected, new() { Exact = false }).First.WaitForAsync(new() { Timeout = (float)(patience ?? Patience).TotalMilliseconds });
        return await pane.InnerTextAsync();
    }
}
