namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>Names a staff member, at the version read where the change is to the staff member itself.</summary>
public sealed class StaffMemberRefInput
{
    public string StaffMemberId { get; set; } = string.Empty;

    public int? Version { get; set; }
}
