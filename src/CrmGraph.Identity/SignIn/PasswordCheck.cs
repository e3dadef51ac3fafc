using CrmGraph.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CrmGraph.Identity.SignIn;

/// <summary>
/// Checks a password the same way whether or not the email names an account: for an unknown one it verifies against a
/// decoy hash made by the same hasher, so both answers take a password hash's time.
/// </summary>
internal sealed class PasswordCheck(UserManager<StaffAccount> accounts)
{
    private static readonly StaffAccount Decoy = new();
    private static string? _decoyHash;

    public async Task<bool> MatchesAsync(StaffAccount? account, string password)
    {
        if (account is not null)
        {
            return await accounts.CheckPasswordAsync(account, password).ConfigureAwait(false);
        }

        var decoyHash = _decoyHash ??= accounts.PasswordHasher.HashPassword(Decoy, Guid.NewGuid().ToString("N"));
        _ = accounts.PasswordHasher.VerifyHashedPassword(Decoy, decoyHash, password);
        return false;
    }
}
