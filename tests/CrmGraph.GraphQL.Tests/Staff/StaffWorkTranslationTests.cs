using CrmGraph.Data;
using CrmGraph.Data.Providers;
using CrmGraph.Domain.Common;
using CrmGraph.GraphQL.Staff;
using CrmGraph.GraphQL.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.GraphQL.Tests.Staff;

/// <summary>
/// The staff performance statements translate on both providers as one grouped statement each for a whole
/// roster, with durations computed in SQL and no aggregate over a subquery (which SQL Server refuses).
/// </summary>
public sealed class StaffWorkTranslationTests
{
    private static readonly Period Quarter = Period.Of(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMonths(3)).Value;

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void Every_statement_groups_by_staff_member_for_a_roster_given_as_a_subquery(string provider)
    {
        using var db = ProviderContexts.Create(provider);
        var roster = Roster(db);

        string[] statements =
        [
            ProviderContexts.Sql(ComplaintWorkQuery.Complaints(db, roster, Quarter)),
            ProviderContexts.Sql(ComplaintWorkQuery.Resolutions(db, roster, Quarter)),
            ProviderContexts.Sql(SurveyTallyQuery.Scores(db, roster, Quarter)),
            ProviderContexts.Sql(SurveyTallyQuery.Dimensions(db, roster, Quarter)),
            ProviderContexts.Sql(StaffWorkQuery.Interactions(db, roster, Quarter)),
            ProviderContexts.Sql(StaffWorkQuery.Orders(db, roster, Quarter)),
        ];

        Assert.All(statements, sql =>
        {
            Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
            Assert.Matches("""IN \(\s*SELECT "\w+"\."Id"\s+FROM "StaffMembers" AS "\w+"\s+WHERE "\w+"\."Team" = @team""", sql);
        });
    }

    [Theory]
    [InlineData(nameof(DatabaseProvider.Sqlite), "(\"c\".\"AcknowledgedAt\" - \"c\".\"ReceivedAt\") / 10000000")]
    [InlineData(nameof(DatabaseProvider.SqlServer), "DATEDIFF_BIG(second, \"c\".\"ReceivedAt\", \"c\".\"AcknowledgedAt\")")]
    public void Waiting_times_are_summed_in_whole_seconds_in_sql(string provider, string seconds)
    {
        using var db = ProviderContexts.Create(provider);

        Assert.Contains(seconds, ProviderContexts.Sql(ComplaintWorkQuery.Complaints(db, Roster(db), Quarter)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void Reopens_are_joined_as_each_complaints_last_reopen_not_looked_up_inside_an_aggregate(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = ProviderContexts.Sql(ComplaintWorkQuery.Resolutions(db, Roster(db), Quarter));

        Assert.Contains("LEFT JOIN (", sql, StringComparison.Ordinal);
        Assert.Contains("MAX(\"c1\".\"At\")", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("EXISTS", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void The_five_dimensions_are_unpivoted_into_one_grouped_statement(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = ProviderContexts.Sql(SurveyTallyQuery.Dimensions(db, Roster(db), Quarter));

        Assert.Equal(4, sql.Split("UNION ALL").Length - 1);
        Assert.Equal(1, sql.Split("GROUP BY").Length - 1);
    }

    private static IQueryable<int> Roster(CrmDbContext db)
    {
        var team = "Hotline";
        return db.StaffMembers.Where(s => s.Team == team).Select(s => s.Id);
    }
}
