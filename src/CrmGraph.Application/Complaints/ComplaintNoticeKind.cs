namespace CrmGraph.Application.Complaints;

public enum ComplaintNoticeKind
{
    /// <summary>A complaint was filed.</summary>
    Filed,

    /// <summary>A complaint moved through its lifecycle, was assigned or got a note.</summary>
    Changed,

    /// <summary>The SLA monitor found a promised time passed with nothing done.</summary>
    SlaBreached,
}
