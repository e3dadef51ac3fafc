namespace CrmGraph.Domain.Satisfaction;

/// <summary>A customer answered a satisfaction survey about an order, a complaint or an interaction.</summary>
public sealed record SurveySubmitted(SurveySubjectKind SubjectKind, SurveyScale Scale, int OverallScore, int? RecommendScore, DateTimeOffset OccurredAt)
    : DomainEvent(OccurredAt);
