using System.Globalization;
using CrmGraph.Data.Accounts;
using CrmGraph.Domain.Staff;
using CrmGraph.Identity.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Identity.Accounts;

/// <summary>
/// Staff sign-in accounts as administrators manage them: accounts are made without a password and their owner
/// sets one through a one-time link that expires; an account can be unlocked and signed out everywhere.
/// </summary>
public sealed class StaffAccounts(UserManager<StaffAccount> accounts, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, AuthOptions options, SignInAttempts signInAttempts, TimeProvider clock)
{
    public const string SetPasswordPath = "/account/set-password";

    public Task<StaffAccount?> FindAsync(int staffMemberId) =>
        accounts.Users.SingleOrDefaultAsync(a => a.StaffMemberId == staffMemberId);

    /// <summary>The staff member's account, made (without a password) when they have none.</summary>
    public async Task<StaffAccount> EnsureAsync(StaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (await FindAsync(staff.Id).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var account = new StaffAccount { StaffMemberId = staff.Id, UserName = staff.Email, Email = staff.Email, EmailConfirmed = true };
        Succeed(await accounts.CreateAsync(account).ConfigureAwait(false), staff.Email);
        return account;
    }

    /// <summary>
    /// A link, under <paramref name="baseAddress"/>, at which the owner of <paramref name="account"/> sets a new password.
    /// It works once (setting the password changes the account's security stamp) and until it expires.
    /// </summary>
    public async Task<SetPasswordLink> SetPasswordLinkAsync(StaffAccount account, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(account);
        var token = await accounts.GeneratePasswordResetTokenAsync(account).ConfigureAwait(false);
        var query = QueryString.Create([
            KeyValuePair.Create("account", (string?)account.Id.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("token", (string?)token),
        ]);
        return new SetPasswordLink(new Uri(baseAddress, SetPasswordPath + query), clock.GetUtcNow() + options.SetPasswordLinkLifetime);
    }

    public async Task UnlockAsync(StaffAccount account)
    {
        Succeed(await accounts.SetLockoutEndDateAsync(account, null).ConfigureAwait(false), account.Email);
        Succeed(await accounts.ResetAccessFailedCountAsync(account).ConfigureAwait(false), account.Email);
        signInAttempts.ForgetEveryAddress(account.Email!);
    }

    /// <summary>Ends every session of the account: sign-in cookies stop validating and its tokens and grants are revoked.</summary>
    public async Task SignOutEverywhereAsync(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        Succeed(await accounts.UpdateSecurityStampAsync(account).ConfigureAwait(false), account.Email);
        var subject = account.Id.ToString(CultureInfo.InvariantCulture);
        await tokens.RevokeBySubjectAsync(subject).ConfigureAwait(false);
        await authorizations.RevokeBySubjectAsync(subject).ConfigureAwait(false);
    }

    private static void Succeed(IdentityResult result, string? email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The account {email} could not be changed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
