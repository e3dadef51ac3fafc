namespace CrmGraph.Identity.Authorization;

/// <summary>What a client may touch. A token carries the scopes its client was allowed and asked for.</summary>
public static class CrmScopes
{
    public const string Read = "crm.read";
    public const string Write = "crm.write";
    public const string SubscribeComplaints = "complaints.subscribe";
    public const string StaffPerformance = "staff.performance";
    public const string PricingAdmin = "pricing.admin";

    /// <summary>Administration of partners, staff and OAuth clients: granted only to staff front-ends, used only by administrators.</summary>
    public const string Admin = "crm.admin";

    public static IReadOnlyList<string> All { get; } = [Read, Write, SubscribeComplaints, StaffPerformance, PricingAdmin, Admin];
}
