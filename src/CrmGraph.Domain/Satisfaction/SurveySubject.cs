namespace CrmGraph.Domain.Satisfaction;

/// <summary>
/// The order, complaint or interaction a survey is about, as found: whose it is, and whose work it was (the
/// order's staff member, the complaint's assignee, the interaction's staff member).
/// </summary>
public sealed record SurveySubject(SurveySubjectKind Kind, int Id, int CustomerId, int? StaffMemberId);
