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
    public void Reopened_resolutions_are_told_by_the_complaints_standing_resolution_time_without_a_subquery(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = ProviderContexts.Sql(ComplaintWorkQuery.Resolutions(db, Roster(db), Quarter));

        Assert.Equal(2, sql.Split("SELECT").Length - 1); // the statement and its roster
        Assert.Contains("\"ResolvedAt\" <> \"c\".\"At\"", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderContexts.Providers), MemberType = typeof(ProviderContexts))]
    public void Overall_scores_and_all_five_dimensions_are_tallied_in_one_pass(string provider)
    {
        using var db = ProviderContexts.Create(provider);

        var sql = ProviderContexts.Sql(SurveyTallyQuery.Scores(db, Roster(db), Quarter));

        Assert.Equal(2, sql.Split("SELECT").Length - 1);
        Assert.Contains("GROUP BY \"s\".\"StaffMemberId\", \"s\".\"Scale\", \"s\".\"OverallScore\"", sql, StringComparison.Ordinal);
        foreach (var column in new[] { "TangiblesPerception", "ReliabilityExpectation", "EmpathyExpectation" })
        {
            Assert.Contains($"\"s\".\"{column}\" AS", sql.Replace(" AS bigint", " AS", StringComparison.Ordinal).Replace(" AS INTEGER", " AS", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static IQueryable<int> Roster(CrmDbContext db)
    {
        var team = "Hotline";
        return db.StaffMembers.Where(s => s.Team == team).Select(s => s.Id);
    }
}
