using CrmGraph.Data.Audit;
using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

/// <summary>Disables a client: it gets no more tokens, and what it holds is revoked, so introspection calls it inactive.</summary>
internal sealed class DisableClientCommand(CrmDbContext db, TimeProvider clock, OAuthClientAdministration clients)
{
    public async Task<Payload<IssuedClient>> ExecuteAsync(ClientRefInput input, string actor, CancellationToken cancellationToken)
    {
        var before = await clients.FindAsync(input.ClientId, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return Payload<IssuedClient>.Failure(ClientErrors.NotFound(input.ClientId));
        }

        if (before.DisabledAt is not null)
        {
            return Payload<IssuedClient>.Failure(new DomainError(DomainErrorCodes.InvalidTransition, $"{before.ClientId} is already disabled.", "clientId"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var after = (await clients.DisableAsync(before.ClientId, cancellationToken).ConfigureAwait(false))!;
        db.Record(clock.GetUtcNow(), actor, "disableClient", ClientAudit.TargetType, before.ClientId, ClientAudit.Snapshot(before), ClientAudit.Snapshot(after));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<IssuedClient>.Success(new IssuedClient(after));
    }
}
