using CrmGraph.Domain.Partners;
using CrmGraph.GraphQL.Partners;

namespace CrmGraph.GraphQL.Administration.Partners;

internal static class PartnerLookup
{
    /// <summary>The partner an input names at the version the administrator read, or the error saying why not.</summary>
    public static async Task<Outcome<Partner>> AtVersionAsync(CrmDbContext db, string partnerId, int version, CancellationToken cancellationToken)
    {
        var id = GlobalId.ParseFor(PartnerType.TypeName, partnerId, "input.partnerId");
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (partner is null)
        {
            return Outcome<Partner>.Failure(new DomainError(DomainErrorCodes.NotFound, $"No partner has id '{partnerId}'.", "partnerId"));
        }

        if (partner.Version != version)
        {
            return Outcome<Partner>.Failure(StaleVersion.Error("partner", version, partner.Version));
        }

        // Saving checks the version read, so a change saved in between is never overwritten.
        db.Entry(partner).Property(p => p.Version).OriginalValue = version;
        return Outcome<Partner>.Success(partner);
    }
}
