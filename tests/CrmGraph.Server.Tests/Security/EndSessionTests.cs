using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// Logout needs the staff member's own say: a plain cross-site GET without an id_token_hint only shows a confirmation
/// page and signs nobody out; the confirmation posted with its anti-forgery token does sign out.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class EndSessionTests(CrmServerFixture server)
{
    private const string Scopes = "openid crm.read";

    [Fact]
    public async Task A_get_without_id_token_hint_signs_nobody_out_and_asks_for_confirmation()
    {
        using var browser = await SignedInBrowserAsync();

        using var response = await browser.Http.GetAsync("/connect/endsession");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign out of CrmGraph?", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Still signed in: a new authorization is answered with a code at once.
        browser.CodeFrom(await browser.RedirectOfAsync(browser.AuthorizeAddress(Scopes)));
    }

    [Fact]
    public async Task A_post_without_the_forms_antiforgery_token_signs_nobody_out()
    {
        using var browser = await SignedInBrowserAsync();

        using var forged = await browser.Http.PostAsync("/connect/endsession", new FormUrlEncodedContent([new("confirm", "yes")]));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);

        browser.CodeFrom(await browser.RedirectOfAsync(browser.AuthorizeAddress(Scopes)));
    }

    [Fact]
    public async Task Confirming_on_the_page_signs_the_browser_out()
    {
        using var browser = await SignedInBrowserAsync();
        var page = await browser.Http.GetStringAsync("/connect/endsession");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]*)\"");

        using var confirmed = await browser.Http.PostAsync("/connect/endsession", new FormUrlEncodedContent(
        [
            new(antiforgery.Groups["name"].Value, WebUtility.HtmlDecode(antiforgery.Groups["value"].Value)),
            new("confirm", "yes"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var next = await browser.RedirectOfAsync(browser.AuthorizeAddress(Scopes));
        Assert.Equal(StaffBrowser.SignInPath, new Uri(server.BaseAddress, next).AbsolutePath);
    }

    [Fact]
    public async Task Another_staff_members_id_token_as_hint_signs_nobody_out()
    {
        using var browser = await SignedInBrowserAsync();
        using var other = new StaffBrowser(server.BaseAddress);
        var code = await other.AuthorizeAsync(CrmServerFixture.ManagerEmail, CrmServerFixture.StaffPassword, Scopes);
        var othersIdToken = (await server.OAuth.RedeemCodeAsync(code, other.CodeVerifier)).Body.GetProperty("id_token").GetString()!;

        using var response = await browser.Http.GetAsync($"/connect/endsession?id_token_hint={Uri.EscapeDataString(othersIdToken)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        browser.CodeFrom(await browser.RedirectOfAsync(browser.AuthorizeAddress(Scopes)));
    }

    private async Task<StaffBrowser> SignedInBrowserAsync()
    {
        var browser = new StaffBrowser(server.BaseAddress);
        await browser.AuthorizeAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, Scopes);
        return browser;
    }
}
