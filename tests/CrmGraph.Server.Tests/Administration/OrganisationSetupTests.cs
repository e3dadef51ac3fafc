using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using CrmGraph.Server.Tests.Security;
using CrmGraph.Data;
using CrmGraph.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.Server.Tests.Administration;

/// <summary>
/// A real organisation's first hour, in Production on an empty data folder with key files of its own: the operator
/// bootstraps an administrator and a front-end, the administrator sets a password through the link and signs in with
/// PKCE, creates a partner and its client, imports the partner's customers, and the partner reads exactly those.
/// </summary>
public sealed partial class OrganisationSetupTests : IAsyncLifetime
{
    private const string PublicAddress = "https://crm.example.org/";
    private const string ConsoleClientId = "admin-console";
    private const string ConsoleRedirect = "https://admin.example.org/signin-callback";
    private const string AdminEmail = "olga.admin@example.org";
    private const string AdminPassword = "correct horse battery staple";

    private readonly RunningServer _server = new();
    private string[] _settings = [];
    private string _thumbprint = null!;

    public Task InitializeAsync()
    {
        string Path(string name) => System.IO.Path.Combine(_server.DataFolder, name);
        TestKeys.WriteRsaKey(Path("signing.pem"));
        TestKeys.WriteRsaKey(Path("encryption.pem"));
        _thumbprint = TestKeys.WriteLoopbackCertificate(Path("tls.crt"), Path("tls.key"));
        _settings =
        [
            "--Kestrel:Certificates:Default:Path=" + Path("tls.crt"),
            "--Kestrel:Certificates:Default:KeyPath=" + Path("tls.key"),
            "--Auth:SigningKeyFile=" + Path("signing.pem"),
            "--Auth:EncryptionKeyFile=" + Path("encryption.pem"),
            "--Auth:Issuer=" + PublicAddress,
        ];
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    [Fact]
    public async Task From_an_empty_database_to_a_partner_reading_exactly_its_imported_customers()
    {
        // The operator, before the server first starts: the first administrator and the front-end they sign in with.
        var bootstrap = await VerbAsync("admin", "create-administrator", "--email", AdminEmail, "--name", "Olga Admin", "--base-url", PublicAddress);
        Assert.Equal(0, bootstrap.ExitCode);
        var link = new Uri(LinkLine().Match(bootstrap.Output).Value);
        Assert.StartsWith(PublicAddress + "account/set-password?", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminPassword, bootstrap.Output, StringComparison.Ordinal);

        var again = await VerbAsync("admin", "create-administrator", "--email", "second@example.org", "--name", "Second", "--base-url", PublicAddress);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Errors, StringComparison.Ordinal);

        var plainHttp = await VerbAsync("admin", "register-frontend", "--client-id", ConsoleClientId, "--redirect-uri", "http://admin.example.org/signin-callback");
        Assert.Equal(1, plainHttp.ExitCode);
        Assert.Contains("https", plainHttp.Errors, StringComparison.Ordinal);
        var frontend = await VerbAsync("admin", "register-frontend", "--client-id", ConsoleClientId, "--redirect-uri", ConsoleRedirect, "--name", "Admin console");
        Assert.Equal(0, frontend.ExitCode);

        await _server.StartAsync("Production", ["--urls", "https://127.0.0.1:0", .. _settings]);
        var https = _server.BaseAddress;
        Assert.Equal((0, 0, 1), await CountsAsync());

        // The administrator follows the link (once) and signs in through the registered front-end.
        using var browser = new StaffBrowser(https, ConsoleClientId, ConsoleRedirect, _thumbprint);
        var (status, page) = await SetPasswordPage.SetAsync(browser, link, AdminPassword);
        Assert.True(status == HttpStatusCode.OK, page);
        var (reuseStatus, reusePage) = await SetPasswordPage.SetAsync(browser, link, "another password entirely");
        Assert.Equal(HttpStatusCode.BadRequest, reuseStatus);
        Assert.Contains("already used", reusePage, StringComparison.Ordinal);

        var oauth = new OAuthClient(https, TestKeys.TrustingOnly(_thumbprint));
        var code = await SignInEnrollingAuthenticatorAsync(browser);
        var adminToken = await oauth.RedeemCodeAsync(code, browser.CodeVerifier, ConsoleClientId, ConsoleRedirect);
        Assert.Null(adminToken.Error);
        using var admin = Client(https, adminToken.AccessToken);

        // A partner, its client (secret shown once), and its customers.
        var partner = (await admin.DataAsync(AdminDocuments.CreatePartner, new { input = new { code = "acme", name = "ACME Service", region = "North" } }))
            .GetProperty("createPartner");
        AdminDocuments.AssertNoErrors(partner);
        Assert.Equal("ACME", partner.GetProperty("partner").GetProperty("code").GetString());
        var partnerId = partner.GetProperty("partner").GetProperty("id").GetString();
        var client = (await admin.DataAsync(AdminDocuments.CreateConfidentialClient, new
        {
            input = new { clientId = "acme-portal", displayName = "ACME portal", kind = "PARTNER", partnerId, scopes = new[] { "crm.read", "crm.write" } },
        })).GetProperty("createConfidentialClient");
        AdminDocuments.AssertNoErrors(client);
        var secret = client.GetProperty("clientSecret").GetString()!;

        const string csv = "externalRef,name,email,partnerCode,segment\nL-1,Anna Example,anna@example.org,ACME,QUALITY_SENSITIVE\nL-2,Bert Example,,ACME,\nL-3,Carla Example,carla@example.org,ACME,standard\n";
        var import = (await admin.DataAsync(AdminDocuments.ImportCustomers, new { input = new { sourceSystem = "legacy-crm", format = "CSV", content = csv } }))
            .GetProperty("importCustomers");
        Assert.Equal(3, import.GetProperty("created").GetInt32());
        Assert.Empty(import.GetProperty("rejectedRows").EnumerateArray());
        var internalOnly = "externalRef,name\nL-9,Not A Partner Customer\n";
        await admin.DataAsync(AdminDocuments.ImportCustomers, new { input = new { sourceSystem = "legacy-crm", format = "CSV", content = internalOnly } });

        var partnerToken = await oauth.ClientCredentialsAsync("acme-portal", secret, "crm.read");
        Assert.Null(partnerToken.Error);
        using var portal = Client(https, partnerToken.AccessToken);
        var customers = (await portal.DataAsync("{ customers(first: 50) { totalCount edges { node { name } } } }")).GetProperty("customers");
        Assert.Equal(3, customers.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            ["Anna Example", "Bert Example", "Carla Example"],
            customers.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()).Order(StringComparer.Ordinal));

        var trail = (await admin.DataAsync("{ auditTrail(first: 20) { edges { node { action actor } } } }")).GetProperty("auditTrail").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(
            ["createConfidentialClient", "createPartner", "createPublicClient", "createAdministrator"],
            trail.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("command line", trail[^1].GetProperty("actor").GetString());
        Assert.StartsWith("Olga Admin", trail[0].GetProperty("actor").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Signs the administrator in through the front-end. Outside Development administrators must use authenticator codes,
    /// so before any authorization code the authorization endpoint sends her to set them up; once they are on, she is
    /// sent back and gets her code.
    /// </summary>
    private static async Task<string> SignInEnrollingAuthenticatorAsync(StaffBrowser browser)
    {
        var signInPage = await browser.RedirectOfAsync(browser.AuthorizeAddress("openid profile crm.read crm.write crm.admin"));
        using var signedIn = await browser.SubmitSignInAsync(signInPage, AdminEmail, AdminPassword);
        var enrolment = (await browser.RedirectOfAsync(signedIn.Headers.Location!.ToString())).OriginalString;
        Assert.StartsWith(TwoFactorBrowsing.AuthenticatorPath + "?returnUrl=", enrolment, StringComparison.Ordinal);
        var returnUrl = HttpUtility.ParseQueryString(enrolment.Split('?', 2)[1])["returnUrl"]!;
        Assert.StartsWith("/connect/authorize?", returnUrl, StringComparison.Ordinal);

        var (key, _, setupPage) = await TwoFactorBrowsing.SetupPageAsync(browser, returnUrl);
        var (status, codesPage) = await TwoFactorBrowsing.TurnOnAsync(browser, setupPage, AuthenticatorApp.FromSharedKey(key).Code());
        Assert.True(status == HttpStatusCode.OK, codesPage);
        Assert.Equal(10, TwoFactorBrowsing.RecoveryCodes(codesPage).Count);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(returnUrl)}\"", codesPage, StringComparison.Ordinal);
        return browser.CodeFrom(await browser.RedirectOfAsync(returnUrl));
    }

    /// <summary>Customers, partners and staff members in the database: nothing but what the operator made.</summary>
    private async Task<(int Customers, int Partners, int Staff)> CountsAsync()
    {
        await using var scope = _server.Services.CreateServerWorkScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return (await db.Customers.CountAsync(), await db.Partners.CountAsync(), await db.StaffMembers.CountAsync());
    }

    private Task<VerbRun> VerbAsync(params string[] args) =>
        VerbRun.RunAsync([.. args, "--environment=Production", "--DataFolder=" + _server.DataFolder, .. _settings]);

    private GraphQLClient Client(Uri https, string accessToken)
    {
        var client = new GraphQLClient(new HttpClient(TestKeys.TrustingOnly(_thumbprint)) { BaseAddress = https });
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex LinkLine();
}
