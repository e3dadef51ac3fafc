namespace CrmGraph.Identity.Clients;

/// <summary>The names of the properties CrmGraph keeps on an OpenIddict application.</summary>
public static class ClientProperties
{
    /// <summary>The code of the partner a client is bound to.</summary>
    public const string Partner = "partner";

    /// <summary>The hashed secret a rotation replaced, still accepted until <see cref="PreviousSecretExpires"/>.</summary>
    public const string PreviousSecret = "previous_secret";

    public const string PreviousSecretExpires = "previous_secret_expires";

    /// <summary>When the client was disabled; a disabled client keeps no permission, so it gets no token.</summary>
    public const string DisabledAt = "disabled_at";
}
