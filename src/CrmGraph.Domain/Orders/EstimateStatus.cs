namespace CrmGraph.Domain.Orders;

public enum EstimateStatus
{
    Open,
    Approved,
    Declined,

    /// <summary>Never stored: an open estimate past its validity reads as expired.</summary>
    Expired,
}
