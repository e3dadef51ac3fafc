using System.Text.Encodings.Web;

namespace CrmGraph.Identity.SignIn;

/// <summary>The plain server-rendered pages staff sign in and out with; every value written is HTML-encoded.</summary>
internal static class SignInPage
{
    public static IResult SignInForm(string returnUrl, string antiforgeryField, string antiforgeryToken, string? email = null, string? problem = null, int status = StatusCodes.Status200OK) =>
        Page(
            "Sign in",
            $"""
            {Problem(problem)}
            <form method="post" action="{Encode(CrmIdentityServiceCollectionExtensions.SignInPath)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
              <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
              <label>Email <input type="email" name="email" autocomplete="username" required value="{Encode(email ?? string.Empty)}"></label>
              <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
              <button type="submit">Sign in</button>
            </form>
            """,
            status);

    public static IResult SignOutForm(string antiforgeryField, string antiforgeryToken) =>
        Page(
            "Sign out",
            $"""
            <form method="post" action="{Encode(SignInEndpoints.SignOutPath)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
              <button type="submit">Sign out</button>
            </form>
            """,
            StatusCodes.Status200OK);

    /// <summary>
    /// Asks a staff member to confirm ending their session when the request alone does not show they asked for it:
    /// the form posts the end-session request's own parameters back with an anti-forgery token.
    /// </summary>
    public static IResult EndSessionForm(string action, IEnumerable<KeyValuePair<string, string>> parameters, string antiforgeryField, string antiforgeryToken)
    {
        var fields = string.Concat(parameters.Select(p => $"""
              <input type="hidden" name="{Encode(p.Key)}" value="{Encode(p.Value)}">

            """));
        return Page(
            "Sign out",
            $"""
            <p>Sign out of CrmGraph?</p>
            <form method="post" action="{Encode(action)}">
              <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
            {fields}  <button type="submit" name="confirm" value="yes">Sign out</button>
            </form>
            """,
            StatusCodes.Status200OK);
    }

    public static IResult Message(string title, string message) => Page(title, $"<p>{Encode(message)}</p>", StatusCodes.Status200OK);

    private const string Style = "body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto}label,button{display:block;margin:.8rem 0}input{width:100%}[role=alert]{color:#a00}";

    internal static string Problem(string? problem) => problem is null ? string.Empty : $"<p role=\"alert\">{Encode(problem)}</p>";

    internal static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    internal static IResult Page(string title, string body, int status) =>
        Results.Content(
            $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>CrmGraph · {Encode(title)}</title>
            <style>{Style}</style></head>
            <body><h1>{Encode(title)}</h1>
            {body}
            </body>
            </html>
            """,
            "text/html; charset=utf-8",
            statusCode: status);
}
