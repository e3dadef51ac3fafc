using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using CrmGraph.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// Staff front-ends sign people in with the authorization code flow and PKCE, through the server's own
/// sign-in page; every step is driven over HTTP as a browser would.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed partial class AuthorizationCodeFlowTests(CrmServerFixture server)
{
    private const string StaffScopes = "openid profile offline_access crm.read crm.write pricing.admin";
    private const string WrongCredentials = "The email or password is not right.";

    [Fact]
    public async Task The_flow_goes_through_the_sign_in_page_and_its_code_buys_tokens_naming_the_staff_member_and_role()
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        var signInPage = await browser.RedirectOfAsync(browser.AuthorizeAddress(StaffScopes));
        Assert.Equal(StaffBrowser.SignInPath, new Uri(server.BaseAddress, signInPage).AbsolutePath);
        var returnUrl = HttpUtility.ParseQueryString(signInPage.Query)["ReturnUrl"];
        Assert.StartsWith("/connect/authorize?", returnUrl, StringComparison.Ordinal);

        var page = await browser.Http.GetStringAsync(signInPage);
        Assert.Contains("type=\"password\"", page, StringComparison.Ordinal);
        Assert.Equal(returnUrl, StaffBrowser.HiddenValue(page, "returnUrl"));

        using var signedIn = await browser.SubmitSignInAsync(signInPage, CrmServerFixture.ManagerEmail, CrmServerFixture.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(returnUrl, signedIn.Headers.Location!.OriginalString);
        var callback = await browser.RedirectOfAsync(returnUrl!);
        var code = browser.CodeFrom(callback);
        Assert.Equal(server.BaseAddress.AbsoluteUri, StaffBrowser.ResponseParameters(callback)["iss"]);

        var tokens = await server.OAuth.RedeemCodeAsync(code, browser.CodeVerifier);
        Assert.Null(tokens.Error);
        var (staffId, accountId) = await StaffAndAccountIdsAsync(CrmServerFixture.ManagerEmail);
        var access = tokens.AccessTokenClaims;
        Assert.Equal("ServiceManager", access.GetProperty("role").GetString());
        Assert.Equal(staffId, access.GetProperty("staff_id").GetString());
        Assert.Equal(accountId, access.GetProperty("sub").GetString());
        Assert.Equal("crm-api", access.GetProperty("aud").GetString());
        Assert.Contains("pricing.admin", access.GetProperty("scope").GetString()!.Split(' '));
        Assert.False(access.TryGetProperty("partner_id", out _));
        Assert.NotNull(tokens.RefreshToken);

        // The id token is for the front-end, not the API, and answers the nonce it sent.
        var identity = Jwt.Payload(tokens.Body.GetProperty("id_token").GetString()!);
        Assert.Equal(StaffBrowser.ClientId, identity.GetProperty("aud").GetString());
        Assert.Equal(accountId, identity.GetProperty("sub").GetString());
        Assert.Equal(browser.State, identity.GetProperty("nonce").GetString());
        Assert.Equal(CrmServerFixture.ManagerEmail, identity.GetProperty("email").GetString());

        using var client = server.ClientWithToken(tokens.AccessToken);
        var data = await client.DataAsync("{ staffMembers(first: 1) { totalCount } }");
        Assert.True(data.GetProperty("staffMembers").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_anti_forgery_token()
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = CrmServerFixture.AdminEmail,
            ["password"] = CrmServerFixture.StaffPassword,
            ["returnUrl"] = "/",
        });
        using var response = await browser.Http.PostAsync(StaffBrowser.SignInPath, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task An_authorization_request_without_a_pkce_challenge_is_refused()
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        var (error, description) = await browser.RefusedAuthorizationAsync(browser.AuthorizeAddress(StaffScopes, withPkce: false));
        Assert.Equal("invalid_request", error);
        Assert.Contains("code_challenge", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plain_pkce_method_is_refused()
    {
        // With "plain" the challenge is the verifier itself, so anyone who sees the request can redeem the code.
        using var browser = new StaffBrowser(server.BaseAddress);
        var address = browser.AuthorizeAddress(StaffScopes)
            .Replace(browser.CodeChallenge, browser.CodeVerifier, StringComparison.Ordinal)
            .Replace("code_challenge_method=S256", "code_challenge_method=plain", StringComparison.Ordinal);
        var (error, description) = await browser.RefusedAuthorizationAsync(address);
        Assert.Equal("invalid_request", error);
        Assert.Contains("code_challenge_method", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_redeemed_with_the_wrong_verifier_gets_invalid_grant()
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        var code = await browser.AuthorizeAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, StaffScopes);
        using var other = new StaffBrowser(server.BaseAddress);

        var tokens = await server.OAuth.RedeemCodeAsync(code, other.CodeVerifier);
        Assert.Equal("invalid_grant", tokens.Error);
        Assert.False(tokens.Body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task A_code_is_good_once_and_replaying_it_revokes_what_it_bought()
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        var code = await browser.AuthorizeAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, StaffScopes);
        var first = await server.OAuth.RedeemCodeAsync(code, browser.CodeVerifier);
        Assert.Null(first.Error);

        var replay = await server.OAuth.RedeemCodeAsync(code, browser.CodeVerifier);
        Assert.Equal("invalid_grant", replay.Error);

        // A replayed code means it leaked; the refresh token the first redemption got is no longer good either.
        Assert.Equal("invalid_grant", (await server.OAuth.RefreshAsync(first.RefreshToken!)).Error);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_show_the_form_again_with_the_same_message()
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        var signInPage = await browser.RedirectOfAsync(browser.AuthorizeAddress(StaffScopes));

        using var wrongPassword = await browser.SubmitSignInAsync(signInPage, CrmServerFixture.AdminEmail, "not-the-password-at-all");
        using var unknownEmail = await browser.SubmitSignInAsync(signInPage, "nobody@crmgraph.example", "not-the-password-at-all");

        foreach (var response in new[] { wrongPassword, unknownEmail })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(WrongCredentials, Alert(page));
            Assert.Contains("type=\"password\"", page, StringComparison.Ordinal);
            Assert.StartsWith("/connect/authorize?", StaffBrowser.HiddenValue(page, "returnUrl"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    [InlineData("/connect/authorize\u0001x")]
    [InlineData("/with a space")]
    [InlineData("/tab\there")]
    [InlineData("/caf\u00e9")]
    public async Task A_return_address_off_the_site_is_not_followed_after_sign_in(string returnUrl)
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        var signInPage = new Uri(server.BaseAddress, StaffBrowser.SignInPath + "?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal("/", StaffBrowser.HiddenValue(await browser.Http.GetStringAsync(signInPage), "returnUrl"));

        using var signedIn = await browser.SubmitSignInAsync(signInPage, CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_agent_asking_for_price_administration_gets_a_token_without_it()
    {
        var tokens = await server.OAuth.SignInStaffAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, StaffScopes);
        var scopes = tokens.AccessTokenClaims.GetProperty("scope").GetString()!.Split(' ');
        Assert.Contains("crm.read", scopes);
        Assert.Contains("crm.write", scopes);
        Assert.DoesNotContain("pricing.admin", scopes);
        Assert.DoesNotContain("pricing.admin", tokens.Body.GetProperty("scope").GetString()!.Split(' '));
        Assert.Equal("Agent", tokens.AccessTokenClaims.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_sign_in_page_asked_for_with_a_control_character_in_its_return_address_is_served_pointing_home()
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        using var response = await browser.Http.GetAsync(StaffBrowser.SignInPath + "?returnUrl=%2Fx%01y");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", StaffBrowser.HiddenValue(await response.Content.ReadAsStringAsync(), "returnUrl"));
    }

    [Fact]
    public async Task Ending_the_session_signs_the_browser_out_so_the_next_authorization_asks_to_sign_in_again()
    {
        using var browser = new StaffBrowser(server.BaseAddress);
        var code = await browser.AuthorizeAsync(CrmServerFixture.AgentEmail, CrmServerFixture.StaffPassword, StaffScopes);
        var idToken = (await server.OAuth.RedeemCodeAsync(code, browser.CodeVerifier)).Body.GetProperty("id_token").GetString()!;

        // While signed in, the server answers a new authorization request straight away.
        browser.CodeFrom(await browser.RedirectOfAsync(browser.AuthorizeAddress(StaffScopes)));

        var postLogout = "http://localhost:5173/";
        var endSession = await browser.RedirectOfAsync(
            $"/connect/endsession?id_token_hint={Uri.EscapeDataString(idToken)}&post_logout_redirect_uri={Uri.EscapeDataString(postLogout)}");
        Assert.StartsWith(postLogout, endSession.ToString(), StringComparison.Ordinal);

        var next = await browser.RedirectOfAsync(browser.AuthorizeAddress(StaffScopes));
        Assert.Equal(StaffBrowser.SignInPath, new Uri(server.BaseAddress, next).AbsolutePath);
    }

    /// <summary>The staff id and sign-in account id of the staff member with <paramref name="email"/>, as token claims hold them.</summary>
    private Task<(string StaffId, string AccountId)> StaffAndAccountIdsAsync(string email) =>
        server.InDatabaseAsync(async db =>
        {
            var account = await db.Users.SingleAsync(a => a.Email == email);
            return (account.StaffMemberId.ToString(CultureInfo.InvariantCulture), account.Id.ToString(CultureInfo.InvariantCulture));
        });

    /// <summary>The problem the sign-in page shows, or null.</summary>
    private static string? Alert(string page) =>
        AlertParagraph().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["text"].Value) : null;

    [GeneratedRegex("<p role=\"alert\">(?<text>[^<]*)</p>")]
    private static partial Regex AlertParagraph();
}
