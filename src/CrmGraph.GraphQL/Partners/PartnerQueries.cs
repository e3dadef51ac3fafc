using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Partners;

internal static class PartnerQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.AddListConnection<Partner, PartnerType>(
            "partners",
            "Partner organizations, by name.",
            db => db.Partners,
            [SortKey<Partner>.Ascending(p => p.Name), SortKey<Partner>.Ascending(p => p.Id)]);
}
