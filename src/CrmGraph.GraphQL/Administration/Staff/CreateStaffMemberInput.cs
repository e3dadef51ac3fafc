using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

public sealed class CreateStaffMemberInput
{
    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public StaffRole Role { get; set; }

    public string Team { get; set; } = string.Empty;
}
