using CrmGraph.Domain.Satisfaction;
using static CrmGraph.Domain.Satisfaction.ServiceQualityDimension;

namespace CrmGraph.Domain.Tests.Satisfaction;

public sealed class SatisfactionSurveyTests
{
    private static readonly DateTimeOffset RespondedAt = new(2026, 5, 2, 16, 0, 0, TimeSpan.Zero);

    private static readonly SurveySubject OrderOfCustomer42 = new(SurveySubjectKind.ServiceOrder, 11, 42, StaffMemberId: 3);

    private static Outcome<SatisfactionSurvey> Submit(
        SurveyScale scale = SurveyScale.FiveLevel,
        int overall = 4,
        IReadOnlyList<DimensionScore>? dimensions = null,
        int? recommend = 9,
        SurveySubject? subject = null,
        int? staffMemberId = 7,
        string? comment = null,
        DateTimeOffset? respondedAt = null) =>
        SatisfactionSurvey.Submit(
            42, subject ?? OrderOfCustomer42, staffMemberId, FeedbackChannel.Questionnaire, scale, overall,
            dimensions ?? [], recommend, comment, respondedAt ?? RespondedAt, RespondedAt.AddHours(1));

    private static (string Code, string? Field) OnlyError(Outcome<SatisfactionSurvey> outcome)
    {
        var error = Assert.Single(outcome.Errors);
        return (error.Code, error.Field);
    }

    [Fact]
    public void A_valid_response_is_recorded_with_its_dimension_scores()
    {
        var outcome = Submit(
            SurveyScale.SevenLevel,
            overall: 6,
            dimensions: [new(Reliability, 5, 7), new(Empathy, 7, null)],
            comment: "  Quick and friendly.  ");

        var survey = outcome.Value;
        Assert.Equal((42, SurveySubjectKind.ServiceOrder, (int?)11, (int?)7), (survey.CustomerId, survey.SubjectKind, survey.ServiceOrderId, survey.StaffMemberId));
        Assert.Null(survey.ComplaintId);
        Assert.Null(survey.InteractionId);
        Assert.Equal((SurveyScale.SevenLevel, 6, (int?)9, RespondedAt), (survey.Scale, survey.OverallScore, survey.RecommendScore, survey.RespondedAt));
        Assert.Equal(((int?)5, (int?)7), (survey.ReliabilityPerception, survey.ReliabilityExpectation));
        Assert.Equal(((int?)7, (int?)null), (survey.EmpathyPerception, survey.EmpathyExpectation));
        Assert.Null(survey.TangiblesPerception);
        Assert.Null(survey.AssurancePerception);
        Assert.Null(survey.ResponsivenessPerception);
        Assert.Equal("Quick and friendly.", survey.Comment);
    }

    [Theory]
    [InlineData(SurveyScale.FiveLevel, 0, false)]
    [InlineData(SurveyScale.FiveLevel, 1, true)]
    [InlineData(SurveyScale.FiveLevel, 5, true)]
    [InlineData(SurveyScale.FiveLevel, 6, false)]
    [InlineData(SurveyScale.SevenLevel, 0, false)]
    [InlineData(SurveyScale.SevenLevel, 6, true)]
    [InlineData(SurveyScale.SevenLevel, 7, true)]
    [InlineData(SurveyScale.SevenLevel, 8, false)]
    public void Overall_score_must_lie_on_the_survey_scale(SurveyScale scale, int overall, bool valid)
    {
        var outcome = Submit(scale, overall);

        Assert.Equal(valid, outcome.Succeeded);
        if (!valid)
        {
            Assert.Equal((DomainErrorCodes.Validation, "overallScore"), OnlyError(outcome));
        }
    }

    [Theory]
    [InlineData(SurveyScale.FiveLevel, 6, 3, "dimensions[0].perception")]
    [InlineData(SurveyScale.FiveLevel, 3, 0, "dimensions[0].expectation")]
    [InlineData(SurveyScale.SevenLevel, 8, 3, "dimensions[0].perception")]
    [InlineData(SurveyScale.SevenLevel, 7, 8, "dimensions[0].expectation")]
    public void Dimension_scores_must_lie_on_the_survey_scale(SurveyScale scale, int perception, int expectation, string field) =>
        Assert.Equal((DomainErrorCodes.Validation, field), OnlyError(Submit(scale, dimensions: [new(Assurance, perception, expectation)])));

    [Fact]
    public void A_dimension_scored_twice_is_refused() =>
        Assert.Equal(
            (DomainErrorCodes.Validation, "dimensions[2].dimension"),
            OnlyError(Submit(dimensions: [new(Tangibles, 3, null), new(Empathy, 4, null), new(Tangibles, 5, null)])));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Recommend_score_runs_from_zero_to_ten(int recommend, bool valid)
    {
        var outcome = Submit(recommend: recommend);

        Assert.Equal(valid, outcome.Succeeded);
        if (!valid)
        {
            Assert.Equal((DomainErrorCodes.Validation, "recommendScore"), OnlyError(outcome));
        }
    }

    [Fact]
    public void Recommend_score_may_be_left_out() => Assert.Null(Submit(recommend: null).Value.RecommendScore);

    [Theory]
    [InlineData(SurveySubjectKind.ServiceOrder)]
    [InlineData(SurveySubjectKind.Complaint)]
    [InlineData(SurveySubjectKind.Interaction)]
    public void The_subject_sets_exactly_its_own_id(SurveySubjectKind kind)
    {
        var survey = Submit(subject: new SurveySubject(kind, 5, 42, null)).Value;

        Assert.Equal(kind, survey.SubjectKind);
        Assert.Equal(
            (kind == SurveySubjectKind.ServiceOrder ? 5 : (int?)null, kind == SurveySubjectKind.Complaint ? 5 : (int?)null, kind == SurveySubjectKind.Interaction ? 5 : (int?)null),
            (survey.ServiceOrderId, survey.ComplaintId, survey.InteractionId));
    }

    [Theory]
    [InlineData(SurveySubjectKind.ServiceOrder, "about.orderId")]
    [InlineData(SurveySubjectKind.Complaint, "about.complaintId")]
    [InlineData(SurveySubjectKind.Interaction, "about.interactionId")]
    public void A_subject_of_another_customer_is_refused(SurveySubjectKind kind, string field) =>
        Assert.Equal((DomainErrorCodes.Validation, field), OnlyError(Submit(subject: new SurveySubject(kind, 5, 43, null))));

    [Fact]
    public void A_subject_of_no_known_kind_is_refused() =>
        Assert.Equal((DomainErrorCodes.Validation, "about"), OnlyError(Submit(subject: OrderOfCustomer42 with { Kind = (SurveySubjectKind)9 })));

    [Fact]
    public void The_staff_member_defaults_to_the_one_whose_work_the_subject_was()
    {
        Assert.Equal(3, Submit(staffMemberId: null).Value.StaffMemberId);
        Assert.Equal(7, Submit(staffMemberId: 7).Value.StaffMemberId);
        Assert.Null(Submit(staffMemberId: null, subject: OrderOfCustomer42 with { StaffMemberId = null }).Value.StaffMemberId);
    }

    [Fact]
    public void A_response_dated_in_the_future_is_refused()
    {
        // "Now" is an hour after RespondedAt; five minutes of clock drift are let through.
        Assert.True(Submit(respondedAt: RespondedAt.AddMinutes(65)).Succeeded);
        Assert.Equal((DomainErrorCodes.Validation, "respondedAt"), OnlyError(Submit(respondedAt: RespondedAt.AddMinutes(66))));
    }

    [Fact]
    public void A_scale_that_is_neither_five_nor_seven_levels_is_refused() =>
        Assert.Equal((DomainErrorCodes.Validation, "scale"), OnlyError(Submit((SurveyScale)10, overall: 9)));

    [Fact]
    public void Comments_have_a_length_limit()
    {
        Assert.True(Submit(comment: new string('a', SatisfactionSurvey.MaxCommentLength)).Succeeded);
        Assert.Equal((DomainErrorCodes.Validation, "comment"), OnlyError(Submit(comment: new string('a', SatisfactionSurvey.MaxCommentLength + 1))));
    }

    [Fact]
    public void A_blank_comment_is_stored_as_none() => Assert.Null(Submit(comment: "   ").Value.Comment);

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var outcome = Submit(
            overall: 0,
            dimensions: [new(Empathy, 9, null)],
            recommend: 12,
            subject: OrderOfCustomer42 with { CustomerId = 1 },
            respondedAt: RespondedAt.AddDays(1));

        Assert.Equal(["about.orderId", "overallScore", "dimensions[0].perception", "recommendScore", "respondedAt"], outcome.Errors.Select(e => e.Field));
    }
}
