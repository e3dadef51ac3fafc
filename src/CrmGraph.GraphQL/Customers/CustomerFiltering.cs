using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Customers;

internal static class CustomerFiltering
{
    public static IQueryable<Customer> Apply(IQueryable<Customer> customers, CustomerFilter? filter)
    {
        if (filter is null)
        {
            return customers;
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{LikePattern.Escape(filter.Search.Trim())}%";
            customers = customers.Where(c =>
                EF.Functions.Like(c.Name, pattern, LikePattern.EscapeCharacter) ||
                EF.Functions.Like(c.Code, pattern, LikePattern.EscapeCharacter) ||
                EF.Functions.Like(c.Email!, pattern, LikePattern.EscapeCharacter));
        }

        if (filter.Status is { Count: > 0 } statuses)
        {
            customers = customers.Where(c => statuses.Contains(c.Status));
        }

        if (filter.Segment is { Count: > 0 } segments)
        {
            customers = customers.Where(c => segments.Contains(c.Segment));
        }

        if (filter.LoyaltyTier is { Count: > 0 } tiers)
        {
            customers = customers.Where(c => tiers.Contains(c.LoyaltyTier));
        }

        if (filter.PartnerId is not null)
        {
            var partnerId = GlobalId.ParseFor(PartnerType.TypeName, filter.PartnerId, "where.partnerId");
            customers = customers.Where(c => c.PartnerId == partnerId);
        }

        if (filter.AccountManagerId is not null)
        {
            var managerId = GlobalId.ParseFor(StaffMemberType.TypeName, filter.AccountManagerId, "where.accountManagerId");
            customers = customers.Where(c => c.AccountManagerId == managerId);
        }

        return customers;
    }
}
