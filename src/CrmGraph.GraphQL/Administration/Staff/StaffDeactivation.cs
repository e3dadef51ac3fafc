using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>A deactivated staff member and the open complaints still assigned to them, to hand to someone else.</summary>
public sealed record StaffDeactivation(StaffMember StaffMember, IReadOnlyList<Complaint> OpenComplaints);
