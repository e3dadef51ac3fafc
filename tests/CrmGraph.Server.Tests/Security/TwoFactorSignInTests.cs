using System.Net;
using System.Web;
using CrmGraph.Domain.Staff;
using static CrmGraph.Server.Tests.Security.TwoFactorBrowsing;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// Authenticator codes through the real pages, with codes computed by the tests' own RFC 6238 implementation: turned on
/// with a right first code, asked for after the password, each code and recovery code good once, wrong codes counted
/// towards the address's lockout, turned off only with a code.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class TwoFactorSignInTests(CrmServerFixture server)
{
    private const string Password = "two-factor-test-password";

    [Fact]
    public async Task Codes_are_turned_on_with_a_right_first_code_and_then_every_sign_in_needs_a_current_unused_one()
    {
        var email = await NewAccountAsync();
        using var owner = await SignedInAsync(email);
        var (key, otpAuth, setupPage) = await SetupPageAsync(owner);
        Assert.Equal("otpauth", otpAuth.Scheme);
        Assert.Equal("totp", otpAuth.Host);
        Assert.Equal("CrmGraph:" + email, Uri.UnescapeDataString(otpAuth.AbsolutePath.TrimStart('/')));
        var parameters = HttpUtility.ParseQueryString(otpAuth.Query);
        Assert.Equal(key.Replace(" ", string.Empty, StringComparison.Ordinal), parameters["secret"], ignoreCase: true);
        Assert.Equal("CrmGraph", parameters["issuer"]);
        Assert.Contains("<svg", setupPage, StringComparison.Ordinal);

        var app = AuthenticatorApp.FromSharedKey(key);
        var step = AuthenticatorApp.CurrentStep;
        var (wrongStatus, wrongPage) = await TurnOnAsync(owner, setupPage, app.Code(step + 20));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongStatus);
        Assert.Contains("not right", StaffBrowser.Alert(wrongPage), StringComparison.Ordinal);
        Assert.Null((await server.OAuth.SignInStaffAsync(email, Password, "openid crm.read")).Error);

        var (status, codesPage) = await TurnOnAsync(owner, wrongPage, app.Code(step));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(10, RecoveryCodes(codesPage).Distinct().Count());
        // The session that turned codes on goes on; the page now offers to turn them off.
        Assert.Contains("Turn off", await owner.Http.GetStringAsync(AuthenticatorPath), StringComparison.Ordinal);

        using var browser = new StaffBrowser(server.BaseAddress);
        var codePage = await PasswordStepAsync(browser, email, Password);
        using (var replayed = await SubmitCodeAsync(browser, codePage, app.Code(step)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
            Assert.Contains("already used", StaffBrowser.Alert(await replayed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var wrong = await SubmitCodeAsync(browser, codePage, app.Code(step + 20)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var code = await CompleteWithCodeAsync(browser, codePage, app.Code(step + 1));
        var tokens = await server.OAuth.RedeemCodeAsync(code, browser.CodeVerifier);
        Assert.Null(tokens.Error);
        Assert.NotNull(tokens.RefreshToken);
    }

    [Fact]
    public async Task The_password_alone_gets_no_authorization_code_once_codes_are_on()
    {
        var email = await NewAccountAsync();
        using (var owner = await SignedInAsync(email))
        {
            await EnrolAsync(owner);
        }

        using var browser = new StaffBrowser(server.BaseAddress);
        await PasswordStepAsync(browser, email, Password);
        // Skipping the code step leads back to sign-in, not to a code.
        var skipped = await browser.RedirectOfAsync(browser.AuthorizeAddress("openid crm.read"));
        Assert.StartsWith(StaffBrowser.SignInPath, skipped.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await NewAccountAsync();
        IReadOnlyList<string> recoveryCodes;
        using (var owner = await SignedInAsync(email))
        {
            (_, _, recoveryCodes) = await EnrolAsync(owner);
        }

        using (var first = new StaffBrowser(server.BaseAddress))
        {
            var code = await CompleteWithCodeAsync(first, await PasswordStepAsync(first, email, Password), recoveryCodes[0].ToLowerInvariant());
            Assert.Null((await server.OAuth.RedeemCodeAsync(code, first.CodeVerifier)).Error);
        }

        using var second = new StaffBrowser(server.BaseAddress);
        var codePage = await PasswordStepAsync(second, email, Password);
        using (var reused = await SubmitCodeAsync(second, codePage, recoveryCodes[0]))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        }

        Assert.Null((await server.OAuth.RedeemCodeAsync(await CompleteWithCodeAsync(second, codePage, recoveryCodes[1]), second.CodeVerifier)).Error);
    }

    [Fact]
    public async Task Wrong_codes_lock_the_address_out_like_wrong_passwords_and_the_right_code_does_not_get_through_then()
    {
        var email = await NewAccountAsync();
        AuthenticatorApp app;
        using (var owner = await SignedInAsync(email))
        {
            (app, _, _) = await EnrolAsync(owner);
        }

        using var stranger = new StaffBrowser(server.BaseAddress, LoopbackSource.NewAddress());
        var codePage = await PasswordStepAsync(stranger, email, Password);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await SubmitCodeAsync(stranger, codePage, app.Code(AuthenticatorApp.CurrentStep + 20 + attempt));
            statuses.Add(wrong.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests], statuses);
        using var right = await SubmitCodeAsync(stranger, codePage, app.Code(AuthenticatorApp.CurrentStep + 1));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("paused", StaffBrowser.Alert(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The owner, from their own address, still gets in with a code (the stranger's refused one was never redeemed; an
        // earlier step's could be the code the owner enrolled with, used already).
        using var ownerAgain = new StaffBrowser(server.BaseAddress, LoopbackSource.NewAddress());
        var ownerCode = await CompleteWithCodeAsync(ownerAgain, await PasswordStepAsync(ownerAgain, email, Password), app.Code(AuthenticatorApp.CurrentStep + 1));
        Assert.Null((await server.OAuth.RedeemCodeAsync(ownerCode, ownerAgain.CodeVerifier)).Error);
    }

    [Fact]
    public async Task Codes_are_turned_off_only_with_a_right_code_and_then_the_password_is_enough()
    {
        var email = await NewAccountAsync();
        using var owner = await SignedInAsync(email);
        var (app, step, _) = await EnrolAsync(owner);

        var managePage = await owner.Http.GetStringAsync(AuthenticatorPath);
        using (var wrong = await owner.SubmitFormAsync(managePage, AuthenticatorPath + "/off", new() { ["code"] = app.Code(step + 20) }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            managePage = await wrong.Content.ReadAsStringAsync();
        }

        using (var replayed = await owner.SubmitFormAsync(managePage, AuthenticatorPath + "/off", new() { ["code"] = app.Code(step) }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
            managePage = await replayed.Content.ReadAsStringAsync();
        }

        using (var off = await owner.SubmitFormAsync(managePage, AuthenticatorPath + "/off", new() { ["code"] = app.Code(step + 1) }))
        {
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        }

        Assert.Null((await server.OAuth.SignInStaffAsync(email, Password, "openid crm.read")).Error);
        // Turning codes on again starts with a new key.
        var (newKey, _, _) = await SetupPageAsync(owner);
        Assert.NotEqual(app.Code(step + 5), AuthenticatorApp.FromSharedKey(newKey).Code(step + 5));
    }

    /// <summary>
    /// A staff member of their own with an account (email returned), so these tests neither change the demo accounts nor
    /// use up the demo staff members other tests give accounts to.
    /// </summary>
    private async Task<string> NewAccountAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var staff = new StaffMember($"Authenticator User {tag}", $"authenticator.{tag}@crmgraph.example", StaffRole.Agent, "Hotline");
        await server.InDatabaseAsync(db =>
        {
            db.StaffMembers.Add(staff);
            return db.SaveChangesAsync();
        });
        await server.CreateAccountAsync(staff, Password);
        return staff.Email;
    }

    /// <summary>A browser in which <paramref name="email"/> is signed in (by password, through the front-end).</summary>
    private async Task<StaffBrowser> SignedInAsync(string email)
    {
        var browser = new StaffBrowser(server.BaseAddress);
        await browser.AuthorizeAsync(email, Password, "openid crm.read");
        return browser;
    }
}
