namespace CrmGraph.GraphQL.AspNetCore.Ide;

/// <summary>What the browser IDE shows and how it signs in (authorization code + PKCE with a public client).</summary>
public sealed class GraphiQLOptions
{
    /// <summary>The name shown in the IDE's top bar and its page title.</summary>
    public string Title { get; set; } = "GraphQL";

    /// <summary>The document a first visit opens with.</summary>
    public string DefaultQuery { get; set; } = string.Empty;

    /// <summary>The authorization server whose discovery document the sign-in reads; null for the server serving the IDE.</summary>
    public Uri? Authority { get; set; }

    /// <summary>The public client the IDE signs in as; null when it cannot sign in (see <see cref="SignInUnavailable"/>).</summary>
    public string? ClientId { get; set; }

    /// <summary>The scopes the sign-in asks for, space-separated.</summary>
    public string Scope { get; set; } = "openid";

    /// <summary>What the IDE says in place of "Sign in" when <see cref="ClientId"/> is null.</summary>
    public string SignInUnavailable { get; set; } = "Sign-in is not configured; put a bearer token in the Headers tab.";
}
