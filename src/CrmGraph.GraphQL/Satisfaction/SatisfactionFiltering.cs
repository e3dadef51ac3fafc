using CrmGraph.Domain.Satisfaction;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Satisfaction;

internal static class SatisfactionFiltering
{
    /// <summary>Narrows <paramref name="surveys"/> to <paramref name="filter"/>.</summary>
    public static IQueryable<SatisfactionSurvey> Apply(CrmDbContext db, IQueryable<SatisfactionSurvey> surveys, SatisfactionFilter? filter)
    {
        if (filter is null)
        {
            return surveys;
        }

        surveys = surveys.WhereAnyOf(filter.Channel, s => s.Channel);
        if (filter.From is { } from)
        {
            surveys = surveys.Where(s => s.RespondedAt >= from);
        }

        if (filter.To is { } to)
        {
            surveys = surveys.Where(s => s.RespondedAt < to);
        }

        if (filter.StaffMemberId is not null)
        {
            surveys = surveys.WhereKeyIs(s => s.StaffMemberId, GlobalId.ParseFor(StaffMemberType.TypeName, filter.StaffMemberId, "where.staffMemberId"));
        }

        if (filter.ProductId is not null)
        {
            surveys = surveys.WhereKeyIs(SurveyKeys.ProductOf(db), GlobalId.ParseFor(ServiceProductType.TypeName, filter.ProductId, "where.productId"));
        }

        if (filter.PartnerId is not null)
        {
            surveys = surveys.WhereKeyIs(SurveyKeys.PartnerOf(db), GlobalId.ParseFor(PartnerType.TypeName, filter.PartnerId, "where.partnerId"));
        }

        return surveys;
    }
}
