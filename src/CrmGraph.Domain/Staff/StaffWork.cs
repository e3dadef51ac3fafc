using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Domain.Staff;

/// <summary>Everything counted about one staff member's work in a period, before any ratio is taken.</summary>
/// <param name="Complaints">Complaints assigned to them.</param>
/// <param name="Surveys">Survey responses about their work, per answer scale.</param>
/// <param name="Interactions">Interactions they handled.</param>
/// <param name="Orders">Orders they took, cancelled ones left out.</param>
/// <param name="Revenue">Those orders' totals, one amount per currency.</param>
public sealed record StaffWork(ComplaintWork Complaints, IReadOnlyList<ScaleTally> Surveys, int Interactions, int Orders, IReadOnlyList<Money> Revenue)
{
    public static readonly StaffWork None = new(ComplaintWork.None, [], 0, 0, []);
}
