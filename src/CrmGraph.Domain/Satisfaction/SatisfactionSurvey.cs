namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// One survey response: the overall score on its stored scale, optional per-dimension perception and
/// expectation scores, and a 0–10 likelihood to recommend.
/// </summary>
public sealed class SatisfactionSurvey
{
    public const int MaxCommentLength = 2000;

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
    /// Records one response after checking it whole: every score on the survey's scale, the subject named by
    /// exactly the id its kind calls for, each dimension at most once.
    /// </summary>
    public static Outcome<SatisfactionSurvey> Submit(
        int customerId,
        SurveySubjectKind subjectKind,
        int? serviceOrderId,
        int? complaintId,
        int? interactionId,
        int? staffMemberId,
        FeedbackChannel channel,
        SurveyScale scale,
        int overallScore,
        IReadOnlyList<DimensionScore> dimensions,
        int? recommendScore,
        string? comment,
        DateTimeOffset respondedAt)
    {
        var errors = new List<DomainError>();
        CheckSubject(subjectKind, serviceOrderId, complaintId, interactionId, errors);
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

        if (errors.Count > 0)
        {
            return Outcome<SatisfactionSurvey>.Failure(errors);
        }

        var survey = new SatisfactionSurvey
        {
            CustomerId = customerId,
            SubjectKind = subjectKind,
            ServiceOrderId = serviceOrderId,
            ComplaintId = complaintId,
            InteractionId = interactionId,
            StaffMemberId = staffMemberId,
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

        return Outcome<SatisfactionSurvey>.Success(survey);
    }

    private static void CheckSubject(
        SurveySubjectKind kind, int? serviceOrderId, int? complaintId, int? interactionId, List<DomainError> errors)
    {
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "Say whether the survey is about an order, a complaint or an interaction.", "subjectKind"));
            return;
        }

        (SurveySubjectKind Kind, string Field, int? Id)[] subjects =
        [
            (SurveySubjectKind.ServiceOrder, "serviceOrderId", serviceOrderId),
            (SurveySubjectKind.Complaint, "complaintId", complaintId),
            (SurveySubjectKind.Interaction, "interactionId", interactionId),
        ];
        foreach (var (subjectKind, field, id) in subjects)
        {
            if (subjectKind == kind && id is null)
            {
                errors.Add(new DomainError(DomainErrorCodes.Validation, $"A survey about a {kind} needs {field}.", field));
            }
            else if (subjectKind != kind && id is not null)
            {
                errors.Add(new DomainError(DomainErrorCodes.Validation, $"A survey about a {kind} cannot also name a {subjectKind}; leave {field} empty.", field));
            }
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
