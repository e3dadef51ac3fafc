using CrmGraph.Domain.Staff;

namespace CrmGraph.Identity.Authorization;

/// <summary>What a signed-in staff member may see; partners and machine clients have no role.</summary>
public static class CrmRoles
{
    public const string Agent = nameof(StaffRole.Agent);
    public const string Technician = nameof(StaffRole.Technician);
    public const string ServiceManager = nameof(StaffRole.ServiceManager);
    public const string Administrator = nameof(StaffRole.Administrator);

    /// <summary>The scopes a staff member of each role may be granted, whatever a front-end asks for.</summary>
    public static IReadOnlySet<string> GrantableScopes(StaffRole role) => role switch
    {
        StaffRole.Administrator => new HashSet<string>(CrmScopes.All, StringComparer.Ordinal),
        StaffRole.ServiceManager => new HashSet<string>(CrmScopes.All.Where(s => s != CrmScopes.Admin), StringComparer.Ordinal),
        _ => new HashSet<string>([CrmScopes.Read, CrmScopes.Write, CrmScopes.SubscribeComplaints, CrmScopes.StaffPerformance], StringComparer.Ordinal),
    };
}
