namespace CrmGraph.Identity.Callers;

/// <summary>The claims CrmGraph puts in access tokens beyond the standard ones.</summary>
public static class CrmClaimTypes
{
    /// <summary>The partner a client is bound to; its tokens see only that partner's customers.</summary>
    public const string PartnerId = "partner_id";

    /// <summary>The staff member a signed-in person is.</summary>
    public const string StaffId = "staff_id";
}
