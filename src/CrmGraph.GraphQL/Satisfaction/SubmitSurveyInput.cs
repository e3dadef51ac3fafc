using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>The fields of <c>submitSurvey</c>'s input, as the client sent them.</summary>
public sealed class SubmitSurveyInput
{
    public string CustomerId { get; set; } = string.Empty;

    public SurveySubjectInput About { get; set; } = new();

    public string? StaffMemberId { get; set; }

    public FeedbackChannel Channel { get; set; }

    public SurveyScale Scale { get; set; }

    public int OverallScore { get; set; }

    public List<DimensionScoreInput>? Dimensions { get; set; }

    public int? RecommendScore { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset? RespondedAt { get; set; }
}
