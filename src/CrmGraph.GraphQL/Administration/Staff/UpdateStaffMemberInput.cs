using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

public sealed class UpdateStaffMemberInput
{
    public string StaffMemberId { get; set; } = string.Empty;

    public int Version { get; set; }

    public StaffRole Role { get; set; }

    public string Team { get; set; } = string.Empty;
}
