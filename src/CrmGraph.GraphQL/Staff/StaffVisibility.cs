using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

/// <summary>
/// Who may be shown a staff member reached by id: staff see the directory (what <c>staffMembers</c> allows); anyone
/// else sees a staff member only as the account manager of a customer they see, and then only the name (the other
/// fields are staff-only).
/// </summary>
internal static class StaffVisibility
{
    public static async Task<bool> ShownAsync(IResolveFieldContext context, StaffMember staff) =>
        await context.SatisfiesAsync(CrmPolicies.Staff).ConfigureAwait(false)
        || await context.Db().Customers.AnyAsync(c => c.AccountManagerId == staff.Id, context.CancellationToken).ConfigureAwait(false);
}
