using CrmGraph.Application.Churn;
using CrmGraph.Application.Complaints;
using CrmGraph.Data.Access;
using System.Linq.Expressions;
using CrmGraph.Data;
using CrmGraph.Data.Providers;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Churn;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.History;
using CrmGraph.GraphQL.Satisfaction;
using CrmGraph.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.GraphQL.Tests.Common;

/// <summary>
/// The composed queries translate to SQL on both providers; SQL Server cannot run here, so its SQL is
/// generated without a server and checked for the constructs the paging relies on.
/// </summary>
public sealed class QueryTranslationTests
{
    private static readonly Expression<Func<Customer, int>> CustomerId = c => c.Id;

    public static TheoryData<string> Providers => [nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.SqlServer)];

    public static TheoryData<string, SatisfactionGrouping?> ProvidersAndGroupings
    {
        get
        {
            var data = new TheoryData<string, SatisfactionGrouping?>();
            foreach (var provider in Enum.GetNames<DatabaseProvider>())
            {
                data.Add(provider, null);
                foreach (var by in Enum.GetValues<SatisfactionGrouping>())
                {
                    data.Add(provider, by);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void A_filtered_customer_page_after_a_cursor_seeks_by_the_sort_keys(string provider)
    {
        using var db = ProviderContexts.Create(provider);
        var order = CustomerOrdering.From([new Sort<CustomerSortField> { Field = CustomerSortField.LastActivityAt, Direction = SortDirection.Desc }]);
        var anchor = Anchor();
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

    [Theory]
    [MemberData(nameof(ProvidersAndGroupings))]
    public void A_satisfaction_report_with_every_condition_is_one_statement_grouped_by_columns(string provider, SatisfactionGrouping? by)
    {
        using var db = Create(provider);
        var filter = new SatisfactionFilter
        {
            From = DateTimeOffset.UnixEpoch,
            To = DateTimeOffset.UnixEpoch.AddYears(60),
            ProductId = GlobalId.Encode("ServiceProduct", 2),
            StaffMemberId = GlobalId.Encode("StaffMember", 3),
            PartnerId = GlobalId.Encode("Partner", 4),
            Channel = [FeedbackChannel.Questionnaire],
        };

        var sql = SatisfactionSql(db, filter, by);

        // SQL Server refuses subqueries in GROUP BY: keys that need one are computed in a derived table first.
        var groupBy = sql[sql.LastIndexOf("GROUP BY", StringComparison.Ordinal)..];
        Assert.DoesNotContain("SELECT", groupBy, StringComparison.Ordinal);
        Assert.Contains("\"Scale\"", groupBy, StringComparison.Ordinal);
        Assert.Contains("\"RecommendScore\"", groupBy, StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", sql, StringComparison.Ordinal);
        Assert.Contains("\"EmpathyExpectation\"", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(DatabaseProvider.Sqlite), SatisfactionGrouping.Day, "\"RespondedAt\" / 864000000000")]
    [InlineData(nameof(DatabaseProvider.Sqlite), SatisfactionGrouping.Week, "(\"s\".\"RespondedAt\" / 864000000000) / 7")]
    [InlineData(nameof(DatabaseProvider.Sqlite), SatisfactionGrouping.Month, "strftime('%m', \"s\".\"RespondedAt\" / 10000000 - 62135596800, 'unixepoch')")]
    [InlineData(nameof(DatabaseProvider.SqlServer), SatisfactionGrouping.Day, "DATEDIFF(day, CAST('0001-01-01' AS datetime2), CAST(SWITCHOFFSET(\"s\".\"RespondedAt\", '+00:00') AS datetime2))")]
    [InlineData(nameof(DatabaseProvider.SqlServer), SatisfactionGrouping.Week, "DATEDIFF(day, CAST('0001-01-01' AS datetime2), CAST(SWITCHOFFSET(\"s\".\"RespondedAt\", '+00:00') AS datetime2)) / 7")]
    [InlineData(nameof(DatabaseProvider.SqlServer), SatisfactionGrouping.Month, "DATEDIFF(month, CAST('0001-01-01' AS datetime2), CAST(SWITCHOFFSET(\"s\".\"RespondedAt\", '+00:00') AS datetime2))")]
    public void Satisfaction_periods_are_bucketed_by_the_database_in_utc(string provider, SatisfactionGrouping by, string bucket)
    {
        using var db = Create(provider);

        Assert.Contains(bucket, SatisfactionSql(db, null, by), StringComparison.Ordinal);
    }

    private static string SatisfactionSql(CrmDbContext db, SatisfactionFilter? filter, SatisfactionGrouping? by) =>
        ResponseGroupQuery.Of(SatisfactionFiltering.Apply(db, db.Surveys, filter).KeyedBy(SurveyKeys.For(db, by)))
            .ToQueryString().Replace('[', '"').Replace(']', '"');

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_health_of_many_customers_is_five_grouped_statements(string provider)
    {
        using var db = Create(provider);

        var statements = new HealthFactsQuery(db, [1, 2, 3], DateTimeOffset.UnixEpoch.AddYears(56)).Statements.Select(q => q.ToQueryString()).ToList();

        Assert.Equal(5, statements.Count);
        Assert.All(statements, sql => Assert.Contains("GROUP BY", sql, StringComparison.Ordinal));
        Assert.Contains("UNION ALL", statements[3], StringComparison.Ordinal);
        Assert.Contains("SUM(", statements[0].ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_risk_ranking_after_a_cursor_seeks_by_score_then_id(string provider)
    {
        using var db = Create(provider);
        var order = new[] { SortKey<Customer>.Descend(c => c.RiskScore), SortKey<Customer>.Ascending(c => c.Id) };
        var anchor = Anchor();
        var cursor = ConnectionSlice.Build([anchor], [anchor], order, false, false, null).PageInfo!.EndCursor;

        var sql = KeysetPager.Slice(db.Customers.Where(CustomerRiskScores.Ranked), order, new PageRequest(50, Backward: false, cursor))
            .ToQueryString().Replace('[', '"').Replace(']', '"');

        Assert.Contains("\"RiskScore\" <", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY \"c\".\"RiskScore\" DESC, \"c\".\"Id\"", sql, StringComparison.Ordinal);
    }

    /// <summary>A customer to take a cursor from.</summary>
    private static Customer Anchor() =>
        Customer.Create("C-1", new CustomerDetails("Anchor", CustomerKind.Person, new ContactDetails(null, null, null, null), CustomerSegment.Standard, null, null), DateTimeOffset.UnixEpoch).Value;

    private static CrmDbContext Create(string provider) => provider == nameof(DatabaseProvider.SqlServer)
        ? new SqlServerCrmDbContext(new DbContextOptionsBuilder<SqlServerCrmDbContext>().UseSqlServer("Server=unreachable.invalid;Database=CrmGraph").Options, DataAccessScope.Everything())
        : new SqliteCrmDbContext(new DbContextOptionsBuilder<SqliteCrmDbContext>().UseSqlite("Data Source=:memory:").Options, DataAccessScope.Everything());
}
