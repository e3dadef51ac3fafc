using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

internal static class StaffAudit
{
    public const string StaffMemberType = "StaffMember";
    public const string StaffAccountType = "StaffAccount";

    /// <summary>What the audit trail keeps of a staff member before and after a change.</summary>
    public static object Snapshot(StaffMember staff) => new { staff.Name, staff.Email, Role = staff.Role.ToString(), staff.Team, staff.Active };
}
