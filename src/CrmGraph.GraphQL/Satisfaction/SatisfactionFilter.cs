using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>The <c>where</c> argument of <c>satisfaction</c>; every given condition must hold.</summary>
public sealed class SatisfactionFilter
{
    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }

    public string? ProductId { get; set; }

    public string? StaffMemberId { get; set; }

    public string? PartnerId { get; set; }

    public List<FeedbackChannel>? Channel { get; set; }
}
