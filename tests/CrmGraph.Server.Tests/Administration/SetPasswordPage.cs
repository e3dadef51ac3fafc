using System.Net;

namespace CrmGraph.Server.Tests.Administration;

/// <summary>Follows a one-time set-password link in a staff member's browser and submits the page's form.</summary>
public static class SetPasswordPage
{
    /// <summary>Opens <paramref name="link"/> (its path and query, on the server the browser talks to) and sets <paramref name="password"/>.</summary>
    public static async Task<(HttpStatusCode Status, string Page)> SetAsync(StaffBrowser browser, Uri link, string password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(link);
        var page = await browser.Http.GetStringAsync(link.PathAndQuery);
        using var response = await browser.SubmitFormAsync(page, link.AbsolutePath, new()
        {
            ["account"] = StaffBrowser.HiddenValue(page, "account"),
            ["token"] = StaffBrowser.HiddenValue(page, "token"),
            ["password"] = password,
        });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
