using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

internal static class StaffQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.AddListConnection<StaffMember, StaffMemberType>(
            "staffMembers",
            "Staff members, by team and name.",
            db => db.StaffMembers,
            [SortKey<StaffMember>.Ascending(s => s.Team), SortKey<StaffMember>.Ascending(s => s.Name), SortKey<StaffMember>.Ascending(s => s.Id)])
            .AuthorizeWithPolicy(CrmPolicies.Staff);
}
