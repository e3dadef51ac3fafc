using CrmGraph.Data.Audit;
using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

/// <summary>Deletes a client with its grants and tokens; the payload shows the client as it was.</summary>
internal sealed class DeleteClientCommand(CrmDbContext db, TimeProvider clock, OAuthClientAdministration clients)
{
    public async Task<Payload<IssuedClient>> ExecuteAsync(ClientRefInput input, string actor, CancellationToken cancellationToken)
    {
        var before = await clients.FindAsync(input.ClientId, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return Payload<IssuedClient>.Failure(ClientErrors.NotFound(input.ClientId));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await clients.DeleteAsync(before.ClientId, cancellationToken).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "deleteClient", ClientAudit.TargetType, before.ClientId, ClientAudit.Snapshot(before), after: null);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<IssuedClient>.Success(new IssuedClient(before));
    }
}
