using Microsoft.AspNetCore.Authorization;

namespace CrmGraph.Identity.Authorization;

/// <summary>
/// The named rules the schema refers to. Each combines a scope (what the client may touch) with, where it
/// matters, a role (what the person may see).
/// </summary>
public static class CrmPolicies
{
    public const string Read = CrmScopes.Read;
    public const string Write = CrmScopes.Write;
    public const string SubscribeComplaints = CrmScopes.SubscribeComplaints;
    public const string StaffPerformance = CrmScopes.StaffPerformance;
    public const string PricingAdmin = CrmScopes.PricingAdmin;

    /// <summary>Administration of partners, staff members and OAuth clients: an administrator through a staff front-end.</summary>
    public const string Administration = CrmScopes.Admin;

    /// <summary>Any signed-in staff member: the staff directory is not for partners.</summary>
    public const string Staff = "staff";

    internal static void AddTo(AuthorizationOptions options)
    {
        options.AddPolicy(Read, policy => policy.AddRequirements(new ScopeRequirement(CrmScopes.Read)));
        options.AddPolicy(Write, policy => policy.AddRequirements(new ScopeRequirement(CrmScopes.Write)));
        options.AddPolicy(SubscribeComplaints, policy => policy.AddRequirements(new ScopeRequirement(CrmScopes.SubscribeComplaints)));
        // Every staff role: whose figures each may see is the data rule PerformanceVisibility.
        options.AddPolicy(StaffPerformance, policy => policy.AddRequirements(
            new ScopeRequirement(CrmScopes.StaffPerformance),
            new StaffRoleRequirement(CrmRoles.Agent, CrmRoles.Technician, CrmRoles.ServiceManager, CrmRoles.Administrator)));
        options.AddPolicy(PricingAdmin, policy => policy.AddRequirements(
            new ScopeRequirement(CrmScopes.PricingAdmin),
            new StaffRoleRequirement(CrmRoles.ServiceManager, CrmRoles.Administrator)));
        options.AddPolicy(Administration, policy => policy.AddRequirements(
            new ScopeRequirement(CrmScopes.Admin),
            new StaffRoleRequirement(CrmRoles.Administrator)));
        options.AddPolicy(Staff, policy => policy.AddRequirements(
            new StaffRoleRequirement(CrmRoles.Agent, CrmRoles.Technician, CrmRoles.ServiceManager, CrmRoles.Administrator)));
    }
}
