using CrmGraph.Data.Audit;
using CrmGraph.GraphQL.Partners;
using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

/// <summary>
/// Registers a client-credentials client for a partner (bound to it) or an internal integration, with scopes from
/// what its kind may have; its secret is returned once.
/// </summary>
public sealed class CreateConfidentialClientCommand(CrmDbContext db, TimeProvider clock, OAuthClientAdministration clients)
{
    public async Task<Payload<IssuedClient>> ExecuteAsync(CreateConfidentialClientInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<DomainError>();
        if (ClientIdRules.Check(input.ClientId) is { } badId)
        {
            errors.Add(badId);
        }

        var partnerCode = await PartnerCodeAsync(input, errors, cancellationToken).ConfigureAwait(false);
        var allowed = ClientScopes.AllowedFor(input.Kind);
        foreach (var scope in input.Scopes.Where(s => !allowed.Contains(s)))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A {input.Kind} client may not have the scope '{scope}'; it may have {string.Join(", ", allowed)}.", "scopes"));
        }

        if (input.Scopes.Count == 0)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"Choose at least one scope from {string.Join(", ", allowed)}.", "scopes"));
        }

        if (errors.Count == 0 && await clients.FindAsync(input.ClientId, cancellationToken).ConfigureAwait(false) is not null)
        {
            errors.Add(new DomainError(DomainErrorCodes.Duplicate, $"A client with the id {input.ClientId} already exists.", "clientId"));
        }

        if (errors.Count > 0)
        {
            return Payload<IssuedClient>.Failure(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var displayName = string.IsNullOrWhiteSpace(input.DisplayName) ? input.ClientId : input.DisplayName.Trim();
        var (client, secret) = await clients.CreateMachineAsync(input.ClientId, displayName, partnerCode, input.Scopes.Distinct(), cancellationToken).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "createConfidentialClient", ClientAudit.TargetType, client.ClientId, before: null, ClientAudit.Snapshot(client));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<IssuedClient>.Success(new IssuedClient(client, secret));
    }

    /// <summary>The code of the active partner a partner client is bound to; internal and front-end clients have none.</summary>
    private async Task<string?> PartnerCodeAsync(CreateConfidentialClientInput input, List<DomainError> errors, CancellationToken cancellationToken)
    {
        switch (input.Kind)
        {
            case ClientKind.Frontend:
                errors.Add(new DomainError(DomainErrorCodes.Validation, "A front-end is a public client: register it with createPublicClient.", "kind"));
                return null;
            case ClientKind.Internal:
                if (input.PartnerId is not null)
                {
                    errors.Add(new DomainError(DomainErrorCodes.Validation, "An internal client is bound to no partner; use kind PARTNER for a partner's client.", "partnerId"));
                }

                return null;
        }

        if (input.PartnerId is null)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A partner client needs the partner it is bound to.", "partnerId"));
            return null;
        }

        var id = GlobalId.ParseFor(PartnerType.TypeName, input.PartnerId, "input.partnerId");
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (partner is not { Active: true })
        {
            errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No active partner has id '{input.PartnerId}'.", "partnerId"));
        }

        return partner?.Code;
    }
}
