using System.Linq.Expressions;
using CrmGraph.Data;
using CrmGraph.Data.Providers;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.History;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.GraphQL.Tests.Common;

/// <summary>
/// The composed queries translate to SQL on both providers; SQL Server cannot run here, so its SQL is
/// generated without a server and checked for the constructs the paging relies on.
/// </summary>
public sealed class QueryTranslationTests
{
    private static readonly Expression<Func<Customer, int>> CustomerId = c => c.Id;

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void A_filtered_customer_page_after_a_cursor_seeks_by_the_sort_keys(string provider)
    {
        using var db = ProviderContexts.Create(provider);
        var order = CustomerOrdering.From([new Sort<CustomerSortField> { Field = CustomerSortField.LastActivityAt, Direction = SortDirection.Desc }]);
        var anchor = Customer.Create("C-1", new CustomerDetails("Anchor", CustomerKind.Person, new ContactDetails(null, null, null, null), CustomerSegment.Standard, null, null), DateTimeOffset.UnixEpoch).Value;
        var cursor = ConnectionSlice.Build([anchor], [anchor], order, false, false, null).PageInfo!.EndCursor;
        var filter = new CustomerFilter { Search = "50%", Status = [CustomerStatus.Active] };

        var sql = KeysetPager.Slice(CustomerFiltering.Apply(db.Customers, filter), order, new PageRequest(20, Backward: false, cursor)).ToQueryString();

        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
        Assert.Contains("ESCAPE", sql, StringComparison.Ordinal);
        Assert.Contains("\"LastActivityAt\" <", sql.Replace('[', '"').Replace(']', '"'), StringComparison.Ordinal);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void The_first_timeline_page_of_many_customers_is_one_windowed_union(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = TimelineQuery.ByCustomer.FirstOfEach(db.Customers, CustomerId, TimelineQuery.All(db), [1, 2, 3], 6).ToQueryString();

        Assert.Contains("UNION ALL", sql, StringComparison.Ordinal);
        Assert.Contains("ROW_NUMBER() OVER(PARTITION BY", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void Child_counts_of_many_parents_are_one_grouped_statement(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = InteractionType.ByCustomer.CountOfEach(db.Interactions, [1, 2, 3]).ToQueryString();

        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void A_complaint_page_with_every_condition_translates(string provider)
    {
        using var db = ProviderContexts.Create(provider);
        var order = ComplaintOrdering.From([new Sort<ComplaintSortField> { Field = ComplaintSortField.ResolutionDueAt, Direction = SortDirection.Asc }]);
        var filter = new ComplaintFilter
        {
            Status = [ComplaintStatus.Received, ComplaintStatus.Escalated],
            Severity = [ComplaintSeverity.High],
            Category = [ComplaintCategory.Delivery],
            AssigneeId = GlobalId.Encode("StaffMember", 3),
            Breached = false,
            Overdue = true,
            ReceivedFrom = DateTimeOffset.UnixEpoch,
            ReceivedTo = DateTimeOffset.UnixEpoch.AddYears(60),
        };

        var sql = ProviderContexts.Sql(KeysetPager.Slice(ComplaintFiltering.Apply(db.Complaints, filter, DateTimeOffset.UnixEpoch.AddYears(56)), order, new PageRequest(20, Backward: false, null)));

        Assert.Contains("\"FirstResponseBreached\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"AcknowledgedAt\" IS NULL", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY \"c\".\"ResolutionDueAt\", \"c\".\"Id\"", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void The_sla_monitor_asks_only_for_undecided_promises_past_due(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = ProviderContexts.Sql(db.Complaints.Where(ComplaintConditions.BreachUndetected(DateTimeOffset.UnixEpoch)));

        Assert.Contains("\"FirstResponseBreached\" IS NULL", sql, StringComparison.Ordinal);
        Assert.Contains("\"ResolutionBreached\" IS NULL", sql, StringComparison.Ordinal);
    }
}
