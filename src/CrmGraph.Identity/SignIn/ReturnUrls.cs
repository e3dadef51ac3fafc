namespace CrmGraph.Identity.SignIn;

/// <summary>Where a sign-in may send the browser afterwards: only plain addresses on this server.</summary>
internal static class ReturnUrls
{
    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this server made of printable ASCII only (anything else would be
    /// refused as a redirect or as a header value), else the root. Never throws.
    /// </summary>
    public static string LocalOrRoot(string? returnUrl) =>
        returnUrl is { Length: > 0 }
        && returnUrl[0] == '/'
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
        && returnUrl.All(c => c is > ' ' and <= '~')
        && Uri.TryCreate(returnUrl, UriKind.Relative, out _)
            ? returnUrl
            : "/";
}
