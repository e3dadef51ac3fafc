using System.Globalization;
using CrmGraph.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CrmGraph.Identity.TwoFactor;

/// <summary>
/// Authenticator codes (RFC 6238) of staff accounts, checked by ASP.NET Core Identity's authenticator token provider.
/// Identity accepts a code for a while either side of its 30-second step, so this remembers the codes accepted lately
/// and refuses them a second time: a code seen over someone's shoulder cannot be used again.
/// </summary>
public sealed class StaffAuthenticators(UserManager<StaffAccount> accounts, TimeProvider clock)
{
    public const int RecoveryCodeCount = 10;
    public const string Issuer = "CrmGraph";

    private const string LoginProvider = "[CrmGraph]";
    private const string UsedCodesName = "UsedAuthenticatorCodes";

    // Where Identity's user store keeps the key and the recovery codes, to forget them when codes are turned off.
    private const string IdentityStoreProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyName = "AuthenticatorKey";
    private const string RecoveryCodesName = "RecoveryCodes";

    // Identity accepts codes up to two steps (60 s) either side of now: a code is redeemable for under three minutes.
    private static readonly TimeSpan RememberUsedCodesFor = TimeSpan.FromMinutes(3);

    /// <summary>The account's shared key (made when it has none) and its <c>otpauth://</c> address.</summary>
    public async Task<AuthenticatorSetup> SetupAsync(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var key = await accounts.GetAuthenticatorKeyAsync(account).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            // Stored as Identity stores it, but without Identity's new security stamp: a key not yet turned on ends no session.
            key = accounts.GenerateNewAuthenticatorKey();
            Succeed(await accounts.SetAuthenticationTokenAsync(account, IdentityStoreProvider, AuthenticatorKeyName, key).ConfigureAwait(false), account);
        }

        var label = Uri.EscapeDataString($"{Issuer}:{account.Email}");
        return new AuthenticatorSetup(key!, $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6&period=30");
    }

    /// <summary>Accepts <paramref name="code"/> when it is current for the account's key and was not accepted before.</summary>
    public async Task<bool> RedeemCodeAsync(StaffAccount account, string code)
    {
        ArgumentNullException.ThrowIfNull(account);
        code = new string(code.Where(char.IsDigit).ToArray());
        if (!await accounts.VerifyTwoFactorTokenAsync(account, accounts.Options.Tokens.AuthenticatorTokenProvider, code).ConfigureAwait(false))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var used = UsedCodes(await accounts.GetAuthenticationTokenAsync(account, LoginProvider, UsedCodesName).ConfigureAwait(false))
            .Where(u => now - u.At < RememberUsedCodesFor)
            .ToList();
        if (used.Any(u => u.Code == code))
        {
            return false;
        }

        used.Add((code, now));
        var remembered = string.Join(';', used.Select(u => $"{u.Code}@{u.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"));
        // The account's concurrency stamp lets only one of two simultaneous redemptions of a code save.
        return (await accounts.SetAuthenticationTokenAsync(account, LoginProvider, UsedCodesName, remembered).ConfigureAwait(false)).Succeeded;
    }

    /// <summary>Accepts a recovery code once: Identity removes it as it is redeemed.</summary>
    public async Task<bool> RedeemRecoveryCodeAsync(StaffAccount account, string code) =>
        (await accounts.RedeemTwoFactorRecoveryCodeAsync(account, code.Trim().ToUpperInvariant()).ConfigureAwait(false)).Succeeded;

    /// <summary>
    /// Turns codes on when <paramref name="firstCode"/> proves the app holds the key; returns the recovery codes, which are
    /// shown this once, or null when the code is not right.
    /// </summary>
    public async Task<IReadOnlyList<string>?> TurnOnAsync(StaffAccount account, string firstCode)
    {
        if (!await RedeemCodeAsync(account, firstCode).ConfigureAwait(false))
        {
            return null;
        }

        Succeed(await accounts.SetTwoFactorEnabledAsync(account, true).ConfigureAwait(false), account);
        return (await accounts.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount).ConfigureAwait(false))!.ToList();
    }

    /// <summary>Turns codes off and forgets the key and the recovery codes, so turning them on again starts with a new key.</summary>
    public async Task TurnOffAsync(StaffAccount account)
    {
        Succeed(await accounts.SetTwoFactorEnabledAsync(account, false).ConfigureAwait(false), account);
        Succeed(await accounts.RemoveAuthenticationTokenAsync(account, IdentityStoreProvider, RecoveryCodesName).ConfigureAwait(false), account);
        Succeed(await accounts.RemoveAuthenticationTokenAsync(account, IdentityStoreProvider, AuthenticatorKeyName).ConfigureAwait(false), account);
    }

    private static IEnumerable<(string Code, DateTimeOffset At)> UsedCodes(string? remembered) =>
        (remembered ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('@'))
            .Select(parts => (parts[0], DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[1], CultureInfo.InvariantCulture))));

    private static void Succeed(IdentityResult result, StaffAccount account)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The authenticator of {account.Email} could not be changed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
