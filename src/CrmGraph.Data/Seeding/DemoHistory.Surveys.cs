namespace CrmGraph.Data.Seeding;

internal sealed partial class DemoHistory
{
    private static readonly ServiceQualityDimension[] Dimensions = Enum.GetValues<ServiceQualityDimension>();

    /// <summary>Survey answers about completed orders and resolved complaints, on both scales.</summary>
    public async Task<IReadOnlyList<SatisfactionSurvey>> SurveysAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var orders = await db.ServiceOrders.AsNoTracking()
            .Where(o => o.Status == ServiceOrderStatus.Completed)
            .Select(o => new SurveyOccasion(new SurveySubject(SurveySubjectKind.ServiceOrder, o.Id, o.CustomerId, o.StaffMemberId), o.CompletedAt!.Value))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.ResolvedAt != null)
            .Select(c => new SurveyOccasion(new SurveySubject(SurveySubjectKind.Complaint, c.Id, c.CustomerId, c.AssigneeId), c.ResolvedAt!.Value))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var surveys = new List<SatisfactionSurvey>(size.Surveys);
        if (orders.Count == 0)
        {
            return surveys;
        }

        for (var i = 0; i < size.Surveys; i++)
        {
            var occasion = complaints.Count > 0 && random.Chance(0.25) ? random.Pick(complaints) : random.Pick(orders);
            var respondedAt = occasion.At.AddHours(random.Between(2, 120));
            if (respondedAt > today)
            {
                continue;
            }

            surveys.Add(Answer(occasion.Subject, respondedAt));
        }

        return surveys;
    }

    private SatisfactionSurvey Answer(SurveySubject subject, DateTimeOffset respondedAt)
    {
        var scale = random.Chance(0.5) ? SurveyScale.FiveLevel : SurveyScale.SevenLevel;
        var levels = (int)scale;

        // One underlying mood per respondent keeps the overall score, dimensions and recommendation consistent.
        var mood = random.Next(1000) / 1000.0;
        int OnScale(double lean) => Math.Clamp((int)Math.Round(1 + ((mood * 0.8) + (lean * 0.2)) * (levels - 1)), 1, levels);
        var dimensions = random.Chance(0.6)
            ? Dimensions.Select(d => new DimensionScore(d, OnScale(random.Next(1000) / 1000.0), random.Chance(0.5) ? OnScale(0.9) : null)).ToList()
            : [];
        var outcome = SatisfactionSurvey.Submit(
            subject.CustomerId,
            subject,
            staffMemberId: null,
            subject.Kind == SurveySubjectKind.Complaint ? FeedbackChannel.Complaint : FeedbackChannel.Questionnaire,
            scale,
            OnScale(random.Next(1000) / 1000.0),
            dimensions,
            random.Chance(0.8) ? Math.Clamp((int)Math.Round(mood * 10 + random.Between(-1, 1)), 0, 10) : null,
            random.Chance(0.3) ? random.Pick(DemoNames.SurveyComments) : null,
            respondedAt,
            today);
        return outcome.Value;
    }

    /// <summary>Something a customer may be asked about, and when it ended.</summary>
    private sealed record SurveyOccasion(SurveySubject Subject, DateTimeOffset At);
}
