using Microsoft.AspNetCore.Identity;

namespace CrmGraph.Data.Accounts;

/// <summary>The sign-in account of a staff member: password hash, lockout state and the staff member it is for.</summary>
public sealed class StaffAccount : IdentityUser<int>
{
    public int StaffMemberId { get; set; }
}
