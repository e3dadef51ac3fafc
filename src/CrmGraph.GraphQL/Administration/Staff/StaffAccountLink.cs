using CrmGraph.Domain.Staff;
using CrmGraph.Identity.Accounts;

namespace CrmGraph.GraphQL.Administration.Staff;

/// <summary>A staff member and the one-time link at which they set their password.</summary>
public sealed record StaffAccountLink(StaffMember StaffMember, SetPasswordLink Link);
