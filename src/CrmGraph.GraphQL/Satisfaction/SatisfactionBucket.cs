using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>
/// The figures of one bucket: the period number (<see cref="Data.Functions.UtcCalendar"/>) or the id of the
/// product, staff member or partner it stands for; none for the whole set or for "no product" and the like.
/// </summary>
public sealed record SatisfactionBucket(SatisfactionGrouping? By, int? Key, SatisfactionFigures Figures);
