namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// One survey response: the overall score on its stored scale, optional per-dimension perception and
/// expectation scores, and a 0–10 likelihood to recommend.
/// </summary>
public sealed partial class SatisfactionSurvey
{
    private SatisfactionSurvey()
    {
    }

    public int Id { get; private set; }

    public int CustomerId { get; private set; }

    public SurveySubjectKind SubjectKind { get; private set; }

    public int? ServiceOrderId { get; private set; }

    public int? ComplaintId { get; private set; }

    public int? InteractionId { get; private set; }

    /// <summary>The staff member whose work the survey is about, when there is one.</summary>
    public int? StaffMemberId { get; private set; }

    public FeedbackChannel Channel { get; private set; }

    public SurveyScale Scale { get; private set; }

    public int OverallScore { get; private set; }

    public int? TangiblesPerception { get; private set; }

    public int? TangiblesExpectation { get; private set; }

    public int? ReliabilityPerception { get; private set; }

    public int? ReliabilityExpectation { get; private set; }

    public int? ResponsivenessPerception { get; private set; }

    public int? ResponsivenessExpectation { get; private set; }

    public int? AssurancePerception { get; private set; }

    public int? AssuranceExpectation { get; private set; }

    public int? EmpathyPerception { get; private set; }

    public int? EmpathyExpectation { get; private set; }

    public int? RecommendScore { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset RespondedAt { get; private set; }
}
