using CrmGraph.Data.Audit;
using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>Moves a staff member to another role or team.</summary>
internal sealed class UpdateStaffMemberCommand(CrmDbContext db, TimeProvider clock)
{
    public async Task<Payload<StaffMember>> ExecuteAsync(UpdateStaffMemberInput input, string actor, CancellationToken cancellationToken)
    {
        var found = await StaffLookup.FindAsync(db, input.StaffMemberId, input.Version, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Payload<StaffMember>.Failure(found.Errors);
        }

        var staff = found.Value;
        var before = StaffAudit.Snapshot(staff);
        var errors = staff.Reassign(input.Role, input.Team);
        if (errors.Count > 0)
        {
            return Payload<StaffMember>.Failure(errors);
        }

        db.Record(clock.GetUtcNow(), actor, "updateStaffMember", StaffAudit.StaffMemberType, staff.Email, before, StaffAudit.Snapshot(staff));
        return await SavedChanges.CommitAsync(db, input.Version, "staff member", staff, cancellationToken).ConfigureAwait(false);
    }
}
