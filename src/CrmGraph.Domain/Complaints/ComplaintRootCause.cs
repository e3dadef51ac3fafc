namespace CrmGraph.Domain.Complaints;

/// <summary>
/// What went wrong in the service that a complaint was about, recorded when it is resolved so that managers see
/// what to fix. Not why customers leave: that is <see cref="Customers.ChurnCause"/>.
/// </summary>
public enum ComplaintRootCause
{
    ProductDefect,
    ServiceProcess,
    StaffAttitude,
    StaffSkill,
    Communication,
    PricingOrBilling,
    Timeliness,
    CustomerMisunderstanding,
    ThirdParty,
    Other,
}
