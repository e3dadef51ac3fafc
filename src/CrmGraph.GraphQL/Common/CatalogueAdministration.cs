namespace CrmGraph.GraphQL.Common;

internal static class CatalogueAdministration
{
    /// <summary>Catalogue and price administration: the pricing.admin scope and a service manager's or administrator's role.</summary>
    public static FieldBuilder<object?, object> PricingAdminOnly(this FieldBuilder<object?, object> field) =>
        field.Description($"{field.FieldType.Description} Needs pricing.admin (service managers and administrators).")
            .AuthorizeWithPolicy(CrmPolicies.PricingAdmin);

    /// <summary>The staff member behind a catalogue change (pricing.admin callers are always staff).</summary>
    public static int AdministratorId(this IResolveFieldContext context) =>
        context.Caller().StaffId ?? throw new InvalidOperationException("Catalogue changes are authorized for staff only.");
}
