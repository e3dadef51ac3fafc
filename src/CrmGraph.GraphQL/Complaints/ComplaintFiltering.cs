using CrmGraph.Application.Complaints;
using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Complaints;

internal static class ComplaintFiltering
{
    /// <summary>Narrows <paramref name="complaints"/> to <paramref name="filter"/>; <paramref name="now"/> decides what is overdue.</summary>
    public static IQueryable<Complaint> Apply(IQueryable<Complaint> complaints, ComplaintFilter? filter, DateTimeOffset now)
    {
        if (filter is null)
        {
            return complaints;
        }

        complaints = complaints
            .WhereAnyOf(filter.Status, c => c.Status)
            .WhereAnyOf(filter.Severity, c => c.Severity)
            .WhereAnyOf(filter.Category, c => c.Category)
            .WhereIs(filter.Breached, ComplaintConditions.Breached)
            .WhereIs(filter.Overdue, ComplaintConditions.Overdue(now));

        if (filter.AssigneeId is not null)
        {
            var assigneeId = GlobalId.ParseFor(StaffMemberType.TypeName, filter.AssigneeId, "where.assigneeId");
            complaints = complaints.Where(c => c.AssigneeId == assigneeId);
        }

        if (filter.ReceivedFrom is { } from)
        {
            complaints = complaints.Where(c => c.ReceivedAt >= from);
        }

        if (filter.ReceivedTo is { } to)
        {
            complaints = complaints.Where(c => c.ReceivedAt < to);
        }

        return complaints;
    }
}
