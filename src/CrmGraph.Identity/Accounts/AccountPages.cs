using static CrmGraph.Identity.SignIn.SignInPage;

namespace CrmGraph.Identity.Accounts;

/// <summary>The self-service pages of a staff account: set a password from a link, change it, sign out everywhere.</summary>
internal static class AccountPages
{
    public static IResult SetPasswordForm(string account, string token, string antiforgeryField, string antiforgeryToken, string? problem = null, int status = StatusCodes.Status200OK) =>
        Page(
            "Set your password",
            $"""
            {Problem(problem)}
            <form method="post" action="{Encode(StaffAccounts.SetPasswordPath)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
              <input type="hidden" name="account" value="{Encode(account)}">
              <input type="hidden" name="token" value="{Encode(token)}">
              <label>New password <input type="password" name="password" autocomplete="new-password" required minlength="12"></label>
              <button type="submit">Set password</button>
            </form>
            """,
            status);

    public static IResult ChangePasswordForm(string antiforgeryField, string antiforgeryToken, string? problem = null, int status = StatusCodes.Status200OK) =>
        Page(
            "Change your password",
            $"""
            {Problem(problem)}
            <form method="post" action="{Encode(AccountEndpoints.ChangePasswordPath)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
              <label>Current password <input type="password" name="currentPassword" autocomplete="current-password" required></label>
              <label>New password <input type="password" name="password" autocomplete="new-password" required minlength="12"></label>
              <button type="submit">Change password</button>
            </form>
            <p><a href="{Encode(TwoFactor.AuthenticatorEndpoints.Path)}">Authenticator codes</a></p>
            <form method="post" action="{Encode(AccountEndpoints.SignOutEverywherePath)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
              <button type="submit">Sign out everywhere</button>
            </form>
            """,
            status);
}
