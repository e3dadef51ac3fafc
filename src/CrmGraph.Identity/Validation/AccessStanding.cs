using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.Callers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CrmGraph.Identity.Validation;

/// <summary>
/// Whether what an access token stands on still holds: its own entry and its grant (authorization) not revoked, and
/// for a staff member's token, the account not locked and the staff member still active. Answers are kept for
/// <see cref="AuthOptions.RevocationCheckInterval"/>, so a busy client costs the database one look per interval.
/// </summary>
public sealed class AccessStanding(IServiceScopeFactory scopes, AuthOptions options, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache _verdicts = new(new MemoryCacheOptions());

    /// <summary>Null while the token may be used; otherwise why not, in words a client developer can act on.</summary>
    public async ValueTask<string?> RefusalAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        // Tokens without an entry (an external provider's) have nothing here to be revoked in.
        if (principal.GetTokenId() is not { } tokenId)
        {
            return null;
        }

        if (options.RevocationCheckInterval <= TimeSpan.Zero)
        {
            return await LookAsync(principal, cancellationToken).ConfigureAwait(false);
        }

        // Whatever is withdrawn after issue is withdrawn no earlier than the issue, so a token younger than the
        // interval may be trusted without a look: the bound still holds, and a fresh token costs no database read.
        if (principal.GetCreationDate() is { } issued && clock.GetUtcNow() - issued < options.RevocationCheckInterval)
        {
            return null;
        }

        if (_verdicts.TryGetValue(tokenId, out Verdict? known))
        {
            return known!.Refusal;
        }

        var refusal = await LookAsync(principal, cancellationToken).ConfigureAwait(false);
        _verdicts.Set(tokenId, new Verdict(refusal), clock.GetUtcNow() + options.RevocationCheckInterval);
        return refusal;
    }

    public void Dispose() => _verdicts.Dispose();

    /// <summary>Looks in a scope of its own, so no tracked entity of an earlier look answers for the database.</summary>
    private async Task<string?> LookAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
        var token = await tokens.FindByIdAsync(principal.GetTokenId()!, cancellationToken).ConfigureAwait(false);
        if (token is null || !await tokens.HasStatusAsync(token, Statuses.Valid, cancellationToken).ConfigureAwait(false))
        {
            return "The access token was revoked.";
        }

        if (principal.GetAuthorizationId() is { } authorizationId)
        {
            var authorizations = services.GetRequiredService<IOpenIddictAuthorizationManager>();
            var authorization = await authorizations.FindByIdAsync(authorizationId, cancellationToken).ConfigureAwait(false);
            if (authorization is null || !await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken).ConfigureAwait(false))
            {
                return "The grant this access token belongs to was revoked.";
            }
        }

        var caller = Caller.From(principal);
        return caller.StaffId is { } staffId && caller.Subject is { } subject
            ? await StaffRefusalAsync(services, subject, staffId, cancellationToken).ConfigureAwait(false)
            : null;
    }

    private static async Task<string?> StaffRefusalAsync(IServiceProvider services, string subject, int staffId, CancellationToken cancellationToken)
    {
        var accounts = services.GetRequiredService<UserManager<StaffAccount>>();
        var account = await accounts.FindByIdAsync(subject).ConfigureAwait(false);
        if (account is null || account.StaffMemberId != staffId || await accounts.IsLockedOutAsync(account).ConfigureAwait(false))
        {
            return "The staff account this access token was issued to is locked.";
        }

        var db = services.GetRequiredService<CrmDbContext>();
        var active = await db.StaffMembers.AsNoTracking().Where(s => s.Id == staffId).Select(s => (bool?)s.Active)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return active == true ? null : "The staff member this access token was issued to is no longer active.";
    }

    private sealed record Verdict(string? Refusal);
}
