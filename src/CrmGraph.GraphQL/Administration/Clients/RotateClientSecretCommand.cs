using CrmGraph.Data.Audit;
using CrmGraph.Identity;
using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

/// <summary>Gives a confidential client a new secret; the old one keeps working for the configured grace period.</summary>
internal sealed class RotateClientSecretCommand(CrmDbContext db, TimeProvider clock, OAuthClientAdministration clients, AuthOptions options)
{
    public async Task<Payload<IssuedClient>> ExecuteAsync(ClientRefInput input, string actor, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(input.ClientId, cancellationToken).ConfigureAwait(false);
        if (client is null)
        {
            return Payload<IssuedClient>.Failure(ClientErrors.NotFound(input.ClientId));
        }

        if (client.Kind == ClientKind.Frontend || client.DisabledAt is not null)
        {
            return Payload<IssuedClient>.Failure(new DomainError(DomainErrorCodes.InvalidTransition, $"{client.ClientId} is a public or disabled client: it has no secret to rotate.", "clientId"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var graceUntil = clock.GetUtcNow() + options.SecretRotationGracePeriod;
        var secret = await clients.RotateSecretAsync(client.ClientId, graceUntil, cancellationToken).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "rotateClientSecret", ClientAudit.TargetType, client.ClientId, ClientAudit.Snapshot(client), new { PreviousSecretValidUntil = graceUntil });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<IssuedClient>.Success(new IssuedClient(client, secret, graceUntil));
    }
}
