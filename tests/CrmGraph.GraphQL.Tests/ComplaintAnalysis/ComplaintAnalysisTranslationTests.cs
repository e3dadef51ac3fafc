using CrmGraph.Data.Providers;
using CrmGraph.Domain.Common;
using CrmGraph.GraphQL.ComplaintAnalysis;
using CrmGraph.GraphQL.Tests.Common;

namespace CrmGraph.GraphQL.Tests.ComplaintAnalysis;

/// <summary>
/// The complaint-analysis statements translate on both providers for every grouping, each one grouped statement with
/// its period and durations computed in SQL, so the number of statements never depends on the periods or complaints.
/// </summary>
public sealed class ComplaintAnalysisTranslationTests
{
    private static readonly Period Year = Period.Of(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)).Value;

    public static TheoryData<string, ComplaintAnalysisGrouping?> ProvidersAndGroupings
    {
        get
        {
            var data = new TheoryData<string, ComplaintAnalysisGrouping?>();
            foreach (var provider in Enum.GetNames<DatabaseProvider>())
            {
                data.Add(provider, null);
                foreach (var by in Enum.GetValues<ComplaintAnalysisGrouping>())
                {
                    data.Add(provider, by);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProvidersAndGroupings))]
    public void Every_statement_is_one_grouped_query(string provider, ComplaintAnalysisGrouping? by)
    {
        using var db = ProviderContexts.Create(provider);
        var unit = by is ComplaintAnalysisGrouping.Quarter ? ReportPeriodUnit.Quarter : by is ComplaintAnalysisGrouping.Month ? ReportPeriodUnit.Month : ReportPeriodUnit.None;
        var query = new ComplaintAnalysisQuery(db, db.Complaints, partnerId: 7, ReportPeriods.Of(Year, unit), by);

        string[] statements =
        [
            ProviderContexts.Sql(query.Counts()),
            ProviderContexts.Sql(query.FirstResponses()),
            ProviderContexts.Sql(query.Resolutions()),
            ProviderContexts.Sql(query.HappeningsToReceived()),
            ProviderContexts.Sql(query.Receipts()),
            ProviderContexts.Sql(query.Transitions()),
        ];

        Assert.All(statements, sql => Assert.Contains("GROUP BY", sql, StringComparison.Ordinal));
        Assert.All(statements, sql => Assert.Contains("\"PartnerId\" = @", sql, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(DatabaseProvider.Sqlite), "(\"c\".\"AcknowledgedAt\" - \"c\".\"ReceivedAt\") / 10000000")]
    [InlineData(nameof(DatabaseProvider.SqlServer), "DATEDIFF_BIG(second, \"c\".\"ReceivedAt\", \"c\".\"AcknowledgedAt\")")]
    public void Response_times_are_counted_in_whole_seconds_in_sql(string provider, string seconds)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = ProviderContexts.Sql(new ComplaintAnalysisQuery(db, db.Complaints, null, ReportPeriods.Of(Year, ReportPeriodUnit.Month), ComplaintAnalysisGrouping.Month).FirstResponses());

        Assert.Contains(seconds, sql, StringComparison.Ordinal);
    }
}
