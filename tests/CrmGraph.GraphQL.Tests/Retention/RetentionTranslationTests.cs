using CrmGraph.Data.Providers;
using CrmGraph.Domain.Common;
using CrmGraph.GraphQL.Retention;
using CrmGraph.GraphQL.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.GraphQL.Tests.Retention;

/// <summary>
/// The retention statements translate on both providers for every grouping, each as one grouped statement whose
/// period is computed in SQL, so the number of statements never depends on the periods or customers.
/// </summary>
public sealed class RetentionTranslationTests
{
    private static readonly Period Year = Period.Of(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)).Value;

    public static TheoryData<string, RetentionGrouping?> ProvidersAndGroupings
    {
        get
        {
            var data = new TheoryData<string, RetentionGrouping?>();
            foreach (var provider in Enum.GetNames<DatabaseProvider>())
            {
                data.Add(provider, null);
                foreach (var by in Enum.GetValues<RetentionGrouping>())
                {
                    data.Add(provider, by);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProvidersAndGroupings))]
    public void Every_statement_is_one_grouped_query(string provider, RetentionGrouping? by)
    {
        using var db = ProviderContexts.Create(provider);
        var query = new RetentionQuery(db, db.Customers, ReportPeriods.Of(Year, RetentionReports.UnitOf(by)), by);

        string[] statements =
        [
            ProviderContexts.Sql(query.Joined()),
            ProviderContexts.Sql(query.Movements()),
            ProviderContexts.Sql(query.Sales()),
            ProviderContexts.Sql(query.Buyers()),
            ProviderContexts.Sql(query.FirstOrders()),
        ];

        Assert.All(statements, sql => Assert.Contains("GROUP BY", sql, StringComparison.Ordinal));
        Assert.All(statements, sql => Assert.Contains("'Prospect'", sql, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(DatabaseProvider.Sqlite), RetentionGrouping.Partner, "\"PartnerId\"")]
    [InlineData(nameof(DatabaseProvider.SqlServer), RetentionGrouping.Segment, "\"Segment\"")]
    public void A_grouping_by_partner_or_segment_groups_by_its_column(string provider, RetentionGrouping by, string column)
    {
        using var db = ProviderContexts.Create(provider);
        var query = new RetentionQuery(db, db.Customers, ReportPeriods.Of(Year, RetentionReports.UnitOf(by)), by);

        var sql = ProviderContexts.Sql(query.Joined());

        Assert.Matches($"GROUP BY .*{column}", sql.ReplaceLineEndings(" "));
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void Across_partners_the_partner_filter_is_left_out(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = ProviderContexts.Sql(new RetentionQuery(db, db.Customers, ReportPeriods.Of(Year, ReportPeriodUnit.None), RetentionGrouping.Partner, acrossPartners: true).Sales());

        Assert.DoesNotContain("EXISTS", sql, StringComparison.Ordinal);
    }
}
