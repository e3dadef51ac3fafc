using CrmGraph.Data.Audit;
using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>Adds a staff member, under an email no one else has; their account comes with an invitation.</summary>
public sealed class CreateStaffMemberCommand(CrmDbContext db, TimeProvider clock)
{
    public async Task<Payload<StaffMember>> ExecuteAsync(CreateStaffMemberInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var outcome = StaffMember.Create(input.Name, input.Email, input.Role, input.Team);
        if (!outcome.Succeeded)
        {
            return Payload<StaffMember>.Failure(outcome.Errors);
        }

        var staff = outcome.Value;
        if (await db.StaffMembers.AnyAsync(s => s.Email == staff.Email, cancellationToken).ConfigureAwait(false))
        {
            return Payload<StaffMember>.Failure(new DomainError(DomainErrorCodes.Duplicate, $"A staff member with the email {staff.Email} already exists.", "email"));
        }

        db.StaffMembers.Add(staff);
        db.Record(clock.GetUtcNow(), actor, "createStaffMember", StaffAudit.StaffMemberType, staff.Email, before: null, StaffAudit.Snapshot(staff));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Payload<StaffMember>.Success(staff);
    }
}
