using CrmGraph.Data.Audit;
using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Administration.Partners;

/// <summary>Changes a partner's name, region and contact; its code, which clients are bound by, stays.</summary>
internal sealed class UpdatePartnerCommand(CrmDbContext db, TimeProvider clock)
{
    public async Task<Payload<Partner>> ExecuteAsync(UpdatePartnerInput input, string actor, CancellationToken cancellationToken)
    {
        var found = await PartnerLookup.AtVersionAsync(db, input.PartnerId, input.Version, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Payload<Partner>.Failure(found.Errors);
        }

        var partner = found.Value;
        var before = PartnerAudit.Snapshot(partner);
        var errors = partner.Update(input.Name, input.Region, input.ContactEmail);
        if (errors.Count > 0)
        {
            UnsavedChanges.Forget(db);
            return Payload<Partner>.Failure(errors);
        }

        db.Record(clock.GetUtcNow(), actor, "updatePartner", PartnerAudit.TargetType, partner.Code, before, PartnerAudit.Snapshot(partner));
        return await SavedChanges.CommitAsync(db, input.Version, "partner", partner, cancellationToken).ConfigureAwait(false);
    }
}
