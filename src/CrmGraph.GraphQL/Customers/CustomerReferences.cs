using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Customers;

/// <summary>Checks the staff member and partner a customer input points at, collecting NotFound errors.</summary>
internal static class CustomerReferences
{
    public static async Task<(int? AccountManagerId, int? PartnerId)> ResolveAsync(
        CrmDbContext db,
        string? accountManagerId,
        string? partnerId,
        List<DomainError> errors,
        CancellationToken cancellationToken)
    {
        var managerKey = await StaffReference.ResolveAsync(db, accountManagerId, "accountManagerId", errors, cancellationToken).ConfigureAwait(false);
        int? partnerKey = partnerId is null ? null : GlobalId.ParseFor(PartnerType.TypeName, partnerId, "input.partnerId");
        if (partnerKey is { } p && !await db.Partners.AnyAsync(x => x.Id == p, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No partner has id '{partnerId}'.", "partnerId"));
        }

        return (managerKey, partnerKey);
    }
}
