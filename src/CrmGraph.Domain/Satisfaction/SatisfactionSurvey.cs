namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// One survey response: the overall score on its stored scale, optional per-dimension perception and
/// expectation scores, and a 0–10 likelihood to recommend.
/// </summary>
public sealed class SatisfactionSurvey : IAggregate
{
    private readonly RecordedEvents _recorded = new();

    public const int MaxCommentLength = 2000;

    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

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

    /// <summary>
    /// Records one response after checking it whole: the subject is the customer's own, every score lies on the
    /// survey's scale, each dimension is scored at most once, and the answer is not dated in the future. The
    /// staff member defaults to the one whose work the subject was.
    /// </summary>
    public static Outcome<SatisfactionSurvey> Submit(
        int customerId,
        SurveySubject subject,
        int? staffMemberId,
        FeedbackChannel channel,
        SurveyScale scale,
        int overallScore,
        IReadOnlyList<DimensionScore> dimensions,
        int? recommendScore,
        string? comment,
        DateTimeOffset respondedAt,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(dimensions);
        var errors = new List<DomainError>();
        CheckSubject(customerId, subject, errors);
        if (Enum.IsDefined(scale))
        {
            CheckScore(overallScore, scale, "overallScore", errors);
            CheckDimensions(dimensions, scale, errors);
        }
        else
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "The scale must have 5 or 7 levels.", "scale"));
        }

        if (recommendScore is < SatisfactionMath.MinRecommendScore or > SatisfactionMath.MaxRecommendScore)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation,
                $"Likelihood to recommend is 0 to 10; {recommendScore} was given.",
                "recommendScore"));
        }

        var trimmedComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmedComment is { Length: > MaxCommentLength })
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, $"A comment is at most {MaxCommentLength} characters.", "comment"));
        }

        // A little slack for the clocks of the devices surveys are taken on.
        if (respondedAt > now.Add(FutureTolerance))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A survey cannot be answered in the future.", "respondedAt"));
        }

        if (errors.Count > 0)
        {
            return Outcome<SatisfactionSurvey>.Failure(errors);
        }

        var survey = new SatisfactionSurvey
        {
            CustomerId = customerId,
            SubjectKind = subject.Kind,
            ServiceOrderId = subject.Kind == SurveySubjectKind.ServiceOrder ? subject.Id : null,
            ComplaintId = subject.Kind == SurveySubjectKind.Complaint ? subject.Id : null,
            InteractionId = subject.Kind == SurveySubjectKind.Interaction ? subject.Id : null,
            StaffMemberId = staffMemberId ?? subject.StaffMemberId,
            Channel = channel,
            Scale = scale,
            OverallScore = overallScore,
            RecommendScore = recommendScore,
            Comment = trimmedComment,
            RespondedAt = respondedAt,
        };
        foreach (var score in dimensions)
        {
            survey.Record(score);
        }

        survey._recorded.Record(new SurveySubmitted(subject.Kind, scale, overallScore, recommendScore, respondedAt));
        return Outcome<SatisfactionSurvey>.Success(survey);
    }

    IReadOnlyList<DomainEvent> IAggregate.RecordedEvents => _recorded.All;

    void IAggregate.ClearRecordedEvents() => _recorded.Clear();

    /// <summary>The input field that names a subject of <paramref name="kind"/>.</summary>
    public static string SubjectField(SurveySubjectKind kind) => kind switch
    {
        SurveySubjectKind.ServiceOrder => "about.orderId",
        SurveySubjectKind.Complaint => "about.complaintId",
        SurveySubjectKind.Interaction => "about.interactionId",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown survey subject."),
    };

    private static void CheckSubject(int customerId, SurveySubject subject, List<DomainError> errors)
    {
        if (!Enum.IsDefined(subject.Kind))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "Say whether the survey is about an order, a complaint or an interaction.", "about"));
        }
        else if (subject.CustomerId != customerId)
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation,
                "The order, complaint or interaction the survey is about belongs to another customer.",
                SubjectField(subject.Kind)));
        }
    }

    private static void CheckDimensions(IReadOnlyList<DimensionScore> dimensions, SurveyScale scale, List<DomainError> errors)
    {
        var seen = new HashSet<ServiceQualityDimension>();
        for (var index = 0; index < dimensions.Count; index++)
        {
            var (dimension, perception, expectation) = dimensions[index];
            var field = $"dimensions[{index}]";
            if (!Enum.IsDefined(dimension))
            {
                errors.Add(new DomainError(DomainErrorCodes.Validation, $"{dimension} is not a service-quality dimension.", $"{field}.dimension"));
            }
            else if (!seen.Add(dimension))
            {
                errors.Add(new DomainError(DomainErrorCodes.Validation, $"{dimension} is scored more than once.", $"{field}.dimension"));
            }

            CheckScore(perception, scale, $"{field}.perception", errors);
            CheckScore(expectation, scale, $"{field}.expectation", errors);
        }
    }

    private static void CheckScore(int? score, SurveyScale scale, string field, List<DomainError> errors)
    {
        if (score is { } value && !SatisfactionMath.IsOnScale(value, scale))
        {
            errors.Add(new DomainError(
                DomainErrorCodes.Validation,
                $"Scores on this survey run from 1 to {SatisfactionMath.Levels(scale)}; {value} was given.",
                field));
        }
    }

    private void Record(DimensionScore score)
    {
        switch (score.Dimension)
        {
            case ServiceQualityDimension.Tangibles:
                (TangiblesPerception, TangiblesExpectation) = (score.Perception, score.Expectation);
                break;
            case ServiceQualityDimension.Reliability:
                (ReliabilityPerception, ReliabilityExpectation) = (score.Perception, score.Expectation);
                break;
            case ServiceQualityDimension.Responsiveness:
                (ResponsivenessPerception, ResponsivenessExpectation) = (score.Perception, score.Expectation);
                break;
            case ServiceQualityDimension.Assurance:
                (AssurancePerception, AssuranceExpectation) = (score.Perception, score.Expectation);
                break;
            case ServiceQualityDimension.Empathy:
                (EmpathyPerception, EmpathyExpectation) = (score.Perception, score.Expectation);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(score), score.Dimension, "Unknown dimension.");
        }
    }
}
