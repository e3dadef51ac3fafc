namespace CrmGraph.Identity.TwoFactor;

/// <summary>What a staff member types or scans into an authenticator app: the shared key and the <c>otpauth://</c> address holding it.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string OtpAuthUri)
{
    /// <summary>The key in groups of four, as people copy it by hand.</summary>
    public string ReadableKey => string.Join(' ', SharedKey.Chunk(4).Select(group => new string(group))).ToLowerInvariant();
}
