using CrmGraph.Data.Audit;
using CrmGraph.Domain.Partners;
using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Partners;

/// <summary>
/// Deactivates a partner: its customers stay, but the token endpoint issues its clients nothing more and what
/// they were issued is revoked, in the same transaction as the change.
/// </summary>
internal sealed class DeactivatePartnerCommand(CrmDbContext db, TimeProvider clock, OAuthClientAdministration clients)
{
    public async Task<Payload<Partner>> ExecuteAsync(DeactivatePartnerInput input, string actor, CancellationToken cancellationToken)
    {
        var found = await PartnerLookup.AtVersionAsync(db, input.PartnerId, input.Version, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Payload<Partner>.Failure(found.Errors);
        }

        var partner = found.Value;
        var before = PartnerAudit.Snapshot(partner);
        if (partner.Deactivate() is { } error)
        {
            return Payload<Partner>.Failure(error);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "deactivatePartner", PartnerAudit.TargetType, partner.Code, before, PartnerAudit.Snapshot(partner));
        var saved = await SavedChanges.CommitAsync(db, input.Version, "partner", partner, cancellationToken).ConfigureAwait(false);
        if (saved.Errors.Count == 0)
        {
            await clients.RevokePartnerClientsAsync(partner.Code, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return saved;
    }
}
