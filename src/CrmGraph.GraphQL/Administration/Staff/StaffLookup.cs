using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

internal static class StaffLookup
{
    /// <summary>The staff member an input names, at the version read when one is given, or the error saying why not.</summary>
    public static async Task<Outcome<StaffMember>> FindAsync(CrmDbContext db, string staffMemberId, int? version, CancellationToken cancellationToken)
    {
        var id = GlobalId.ParseFor(StaffMemberType.TypeName, staffMemberId, "input.staffMemberId");
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (staff is null)
        {
            return Outcome<StaffMember>.Failure(new DomainError(DomainErrorCodes.NotFound, $"No staff member has id '{staffMemberId}'.", "staffMemberId"));
        }

        if (version is { } read)
        {
            if (staff.Version != read)
            {
                return Outcome<StaffMember>.Failure(StaleVersion.Error("staff member", read, staff.Version));
            }

            db.Entry(staff).Property(s => s.Version).OriginalValue = read;
        }

        return Outcome<StaffMember>.Success(staff);
    }
}
