using System.Diagnostics;
using System.Net;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// The sign-in page is no oracle for which accounts exist (same words, same time, same lockout), and a stranger's
/// wrong passwords lock only the stranger's address out of the account, never its owner.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class SignInLockoutTests(CrmServerFixture server)
{
    private const string WrongCredentials = "The email or password is not right.";
    private const int MaxFailures = 5;

    [Fact]
    public async Task An_unknown_email_is_answered_as_slowly_as_a_real_account_with_a_wrong_password()
    {
        const int samples = 7;
        var unknown = new List<double>();
        var real = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            // A fresh address each time, so no answer is held back for earlier failures.
            unknown.Add((await TimedFailureAsync($"nobody-{Guid.NewGuid():N}@crmgraph.example")).TotalMilliseconds);
            real.Add((await TimedFailureAsync(CrmServerFixture.ManagerEmail)).TotalMilliseconds);
        }

        var unknownMedian = Median(unknown);
        var realMedian = Median(real);
        Assert.True(
            unknownMedian >= realMedian * 0.5 && unknownMedian <= realMedian * 2,
            $"Unknown emails took {unknownMedian:F1} ms (median), real ones {realMedian:F1} ms: the time tells them apart.");
    }

    [Fact]
    public async Task Repeated_failures_lock_an_unknown_email_out_exactly_as_a_real_one()
    {
        var unknownAnswers = await FailRepeatedlyAsync($"nobody-{Guid.NewGuid():N}@crmgraph.example");
        var realAnswers = await FailRepeatedlyAsync(await server.CreateStaffAccountAsync("same-answers-password"));

        Assert.Equal(realAnswers, unknownAnswers);
        Assert.Equal(Enumerable.Repeat<(HttpStatusCode, string?)>((HttpStatusCode.Unauthorized, WrongCredentials), MaxFailures - 1), realAnswers.Take(MaxFailures - 1));
        Assert.Equal(HttpStatusCode.TooManyRequests, realAnswers[^1].Status);
        Assert.Contains("paused", realAnswers[^1].Alert, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strangers_wrong_passwords_lock_out_only_the_strangers_address_while_the_owner_signs_in_and_refreshes()
    {
        const string password = "owner-test-password";
        var email = await server.CreateStaffAccountAsync(password);
        var owner = LoopbackSource.NewAddress();
        var before = await SignInFromAsync(owner, email, password);

        var stranger = LoopbackSource.NewAddress();
        for (var attempt = 1; attempt <= MaxFailures; attempt++)
        {
            await SubmitFromAsync(stranger, email, "guess-" + attempt);
        }

        // The right password does not get through from the stranger's address either: the lockout stops guessing.
        var (status, alert) = await SubmitFromAsync(stranger, email, password);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("paused", alert, StringComparison.Ordinal);

        var after = await SignInFromAsync(owner, email, password);
        Assert.Null(after.Error);
        Assert.Null((await server.OAuth.RefreshAsync(before.RefreshToken!)).Error);
    }

    private async Task<TimeSpan> TimedFailureAsync(string email)
    {
        using var browser = new StaffBrowser(server.BaseAddress, LoopbackSource.NewAddress());
        var signInPage = await browser.RedirectOfAsync(browser.AuthorizeAddress("openid crm.read"));
        var page = await browser.Http.GetStringAsync(signInPage);
        var elapsed = Stopwatch.StartNew();
        using var failed = await browser.SubmitSignInAsync(signInPage, email, "not-the-password", page: page);
        elapsed.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        return elapsed.Elapsed;
    }

    private async Task<List<(HttpStatusCode Status, string? Alert)>> FailRepeatedlyAsync(string email)
    {
        var address = LoopbackSource.NewAddress();
        var answers = new List<(HttpStatusCode, string?)>();
        for (var attempt = 1; attempt <= MaxFailures; attempt++)
        {
            answers.Add(await SubmitFromAsync(address, email, "wrong-password-" + attempt));
        }

        return answers;
    }

    private async Task<(HttpStatusCode Status, string? Alert)> SubmitFromAsync(IPAddress address, string email, string password)
    {
        using var browser = new StaffBrowser(server.BaseAddress, address);
        var signInPage = await browser.RedirectOfAsync(browser.AuthorizeAddress("openid crm.read"));
        using var response = await browser.SubmitSignInAsync(signInPage, email, password);
        return (response.StatusCode, StaffBrowser.Alert(await response.Content.ReadAsStringAsync()));
    }

    private async Task<TokenResponse> SignInFromAsync(IPAddress address, string email, string password)
    {
        using var browser = new StaffBrowser(server.BaseAddress, address);
        var code = await browser.AuthorizeAsync(email, password, "openid offline_access crm.read");
        var tokens = await server.OAuth.RedeemCodeAsync(code, browser.CodeVerifier);
        Assert.Null(tokens.Error);
        return tokens;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
