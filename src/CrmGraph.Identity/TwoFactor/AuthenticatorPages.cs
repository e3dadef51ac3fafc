using static CrmGraph.Identity.SignIn.SignInPage;

namespace CrmGraph.Identity.TwoFactor;

/// <summary>The pages on which a staff member turns authenticator codes on or off, and the sign-in step that asks for a code.</summary>
internal static class AuthenticatorPages
{
    public static IResult SetupForm(AuthenticatorSetup setup, string returnUrl, string antiforgeryField, string antiforgeryToken, string? problem = null, int status = StatusCodes.Status200OK) =>
        Page(
            "Turn on authenticator codes",
            $"""
            {Problem(problem)}
            <p>Add CrmGraph to your authenticator app: scan the code or type the key, then enter the six digits the app shows.</p>
            {QrCodes.Svg(setup.OtpAuthUri)}
            <p>Key: <code id="shared-key">{Encode(setup.ReadableKey)}</code></p>
            <p>Address: <code id="otpauth-uri">{Encode(setup.OtpAuthUri)}</code></p>
            <form method="post" action="{Encode(AuthenticatorEndpoints.TurnOnPath)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
              <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
              <label>Code from the app <input name="code" inputmode="numeric" autocomplete="one-time-code" required></label>
              <button type="submit">Turn on</button>
            </form>
            """,
            status);

    public static IResult RecoveryCodes(IReadOnlyList<string> codes, string returnUrl) =>
        Page(
            "Authenticator codes are on",
            $"""
            <p>Keep these recovery codes somewhere safe: each one signs you in once without your phone. They are shown only now.</p>
            <ul id="recovery-codes">{string.Concat(codes.Select(code => $"<li><code>{Encode(code)}</code></li>"))}</ul>
            <p><a href="{Encode(returnUrl)}">Continue</a></p>
            """,
            StatusCodes.Status200OK);

    public static IResult TurnOffForm(string antiforgeryField, string antiforgeryToken, string? problem = null, int status = StatusCodes.Status200OK) =>
        Page(
            "Authenticator codes",
            $"""
            {Problem(problem)}
            <p>Signing in asks for a code from your authenticator app.</p>
            <form method="post" action="{Encode(AuthenticatorEndpoints.TurnOffPath)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
              <label>Code from the app <input name="code" inputmode="numeric" autocomplete="one-time-code" required></label>
              <button type="submit">Turn off</button>
            </form>
            """,
            status);

    public static IResult SignInCodeForm(string returnUrl, string antiforgeryField, string antiforgeryToken, string? problem = null, int status = StatusCodes.Status200OK) =>
        Page(
            "Enter your code",
            $"""
            {Problem(problem)}
            <form method="post" action="{Encode(TwoFactorSignInEndpoints.CodePath)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
              <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
              <label>Code from your authenticator app, or a recovery code <input name="code" autocomplete="one-time-code" required></label>
              <button type="submit">Sign in</button>
            </form>
            """,
            status);
}
