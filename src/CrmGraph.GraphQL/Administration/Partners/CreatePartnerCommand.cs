using CrmGraph.Data.Audit;
using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Administration.Partners;

/// <summary>Registers a partner organization under a code no other partner has.</summary>
internal sealed class CreatePartnerCommand(CrmDbContext db, TimeProvider clock)
{
    public async Task<Payload<Partner>> ExecuteAsync(CreatePartnerInput input, string actor, CancellationToken cancellationToken)
    {
        var outcome = Partner.Create(input.Code, input.Name, input.Region, input.ContactEmail);
        if (!outcome.Succeeded)
        {
            return Payload<Partner>.Failure(outcome.Errors);
        }

        var partner = outcome.Value;
        if (await db.Partners.AnyAsync(p => p.Code == partner.Code, cancellationToken).ConfigureAwait(false))
        {
            return Payload<Partner>.Failure(new DomainError(DomainErrorCodes.Duplicate, $"A partner with the code {partner.Code} already exists.", "code"));
        }

        db.Partners.Add(partner);
        db.Record(clock.GetUtcNow(), actor, "createPartner", PartnerAudit.TargetType, partner.Code, before: null, PartnerAudit.Snapshot(partner));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Payload<Partner>.Success(partner);
    }
}
