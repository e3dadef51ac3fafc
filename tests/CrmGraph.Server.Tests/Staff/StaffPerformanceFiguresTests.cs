using static CrmGraph.Server.Tests.Complaints.ComplaintApi;
using static CrmGraph.Server.Tests.Staff.PerformanceQueries;

namespace CrmGraph.Server.Tests.Staff;

/// <summary>
/// The figures of a team whose work was recorded at known instants (see <see cref="PerformanceTeam"/>), checked
/// to the hundredth against sums worked out by hand.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class StaffPerformanceFiguresTests(CrmServerFixture server) : IAsyncLifetime
{
    private PerformanceTeam _team = null!;

    public async Task InitializeAsync() => _team = await PerformanceTeam.CreateAsync(server);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_manager_sees_the_whole_team_ranked_with_each_figure_to_the_hundredth()
    {
        using var manager = await _team.SignInAsync("Mia");

        var rows = Rows(await manager.DataAsync(Team, new { period = PerformanceTeam.Quarter }));

        // Ben's one survey is satisfied (CSAT 100), Ada's two of three (66.67); Mia and Tia have none and tie.
        Assert.Equal(["Ben Agent", "Ada Agent", "Mia Manager", "Tia Technician"], rows.Select(r => r.Name));
        Assert.Equal([1m, 2m, 3m, 3m], rows.Select(r => Number(r.Figures, "rank")));

        var ada = rows[1].Figures;
        Assert.Equal(4m, Number(ada, "complaintsAssigned"));          // C1, C2, C3, C5 received in the quarter
        Assert.Equal(3m, Number(ada, "complaintsResolved"));          // C1, C2, C4 resolved in it
        Assert.Equal(3.80m, Number(ada, "averageFirstResponseHours")); // (2 + 6 + 4 + 6 + 1) / 5
        Assert.Equal(32.67m, Number(ada, "averageResolutionHours"));   // (30 + 20 + 48) / 3
        Assert.Equal(50.00m, Number(ada, "slaCompliancePercent"));     // C1 and C5 kept every promise; C2 and C3 broke one
        Assert.Equal(33.33m, Number(ada, "reopenRatePercent"));        // C2's resolution was undone
        Assert.Equal(3m, Number(ada, "surveyResponses"));
        Assert.Equal(66.67m, Number(ada, "csatPercent"));              // 5 of 5 and 4 of 5 satisfied, 4 of 7 not
        Assert.Equal(75.00m, Number(ada, "averageScore"));             // (100 + 50 + 75) / 3
        Assert.Equal(2m, Number(ada, "interactionsHandled"));
        Assert.Equal(3m, Number(ada, "ordersTaken"));                  // the cancelled order and the one of 2018 left out
        Assert.Equal(
            [(200.50m, "EUR"), (30.00m, "USD")],
            ada.GetProperty("revenue").EnumerateArray().Select(m => (m.GetProperty("amount").GetDecimal(), m.GetProperty("currency").GetString())));

        var dimensions = ada.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("dimension").GetString()!);
        Assert.Equal(87.50m, Number(dimensions["TANGIBLES"], "perception"));   // 4 of 5 (75) and 7 of 7 (100)
        Assert.Equal(100.00m, Number(dimensions["TANGIBLES"], "expectation"));
        Assert.Equal(-12.50m, Number(dimensions["TANGIBLES"], "gap"));
        Assert.Equal(100.00m, Number(dimensions["EMPATHY"], "perception"));
        Assert.Null(Number(dimensions["EMPATHY"], "gap"));
        Assert.Null(Number(dimensions["RELIABILITY"], "perception"));

        var ben = rows[0].Figures;
        Assert.Equal(0.50m, Number(ben, "averageFirstResponseHours"));
        Assert.Equal(2.50m, Number(ben, "averageResolutionHours"));
        Assert.Equal(100.00m, Number(ben, "slaCompliancePercent"));
        Assert.Equal(0m, Number(ben, "reopenRatePercent"));
        Assert.Equal(100.00m, Number(ben, "csatPercent"));
    }

    [Fact]
    public async Task Staff_who_did_nothing_in_the_period_have_zeros_and_nulls()
    {
        using var manager = await _team.SignInAsync("Mia");

        var tia = Rows(await manager.DataAsync(Team, new { period = PerformanceTeam.Quarter })).Single(r => r.Name == "Tia Technician").Figures;

        foreach (var count in new[] { "complaintsAssigned", "complaintsResolved", "surveyResponses", "interactionsHandled", "ordersTaken" })
        {
            Assert.Equal(0m, Number(tia, count));
        }

        foreach (var ratio in new[] { "averageFirstResponseHours", "averageResolutionHours", "slaCompliancePercent", "reopenRatePercent", "csatPercent", "averageScore" })
        {
            Assert.Null(Number(tia, ratio));
        }

        Assert.Equal(0, tia.GetProperty("revenue").GetArrayLength());
        Assert.Equal(5, tia.GetProperty("dimensions").GetArrayLength());
    }

    [Fact]
    public async Task A_period_takes_in_its_start_and_leaves_out_its_end()
    {
        using var manager = await _team.SignInAsync("Mia");
        var march = new { from = new DateTimeOffset(2019, 3, 1, 10, 0, 0, TimeSpan.Zero), to = PerformanceTeam.QuarterEnd };

        var ada = Rows(await manager.DataAsync(Team, new { period = march })).Single(r => r.Name == "Ada Agent").Figures;

        // C3 was received at the very start; C5's resolution at 02:00 on 1 April falls after the end.
        Assert.Equal(2m, Number(ada, "complaintsAssigned"));
        Assert.Equal(0m, Number(ada, "complaintsResolved"));
        Assert.Null(Number(ada, "averageResolutionHours"));
        Assert.Equal(2.50m, Number(ada, "averageFirstResponseHours")); // C3 after 4 h, C5 after 1 h
    }

    [Fact]
    public async Task Ordering_by_a_figure_puts_members_without_it_last_in_either_direction()
    {
        using var manager = await _team.SignInAsync("Mia");

        async Task<IEnumerable<string>> OrderedAsync(string direction) =>
            Rows(await manager.DataAsync(Team, new { period = PerformanceTeam.Quarter, order = new[] { new { field = "AVERAGE_FIRST_RESPONSE_HOURS", direction } } }))
                .Select(r => r.Name);

        Assert.Equal(["Ben Agent", "Ada Agent", "Mia Manager", "Tia Technician"], await OrderedAsync("ASC"));
        Assert.Equal(["Ada Agent", "Ben Agent", "Mia Manager", "Tia Technician"], await OrderedAsync("DESC"));
    }

    [Fact]
    public async Task A_staff_members_own_performance_field_agrees_with_the_team_list()
    {
        using var agent = await _team.SignInAsync("Ada");

        var listed = Rows(await agent.DataAsync(Team, new { period = PerformanceTeam.Quarter })).Single().Figures;
        var own = (await agent.DataAsync(OfMember, new { id = _team.IdOf("Ada"), period = PerformanceTeam.Quarter })).GetProperty("node").GetProperty("performance");

        Assert.Equal(listed.GetRawText(), own.GetRawText());
        Assert.Equal(2m, Number(own, "rank"));
    }

    [Fact]
    public async Task Complaint_work_done_through_the_api_counts_for_its_assignee_at_once()
    {
        using var agent = await _team.SignInAsync("Ada");
        var id = (await FiledAsync(agent, _team.CustomerId, severity: "HIGH")).GetProperty("id").GetString();
        (string Mutation, string InputType, object Input)[] steps =
        [
            ("assignComplaint", "AssignComplaintInput", new { id, assigneeId = _team.IdOf("Ada") }),
            ("acknowledgeComplaint", "AcknowledgeComplaintInput", new { id }),
            ("startComplaintWork", "StartComplaintWorkInput", new { id }),
            ("resolveComplaint", "ResolveComplaintInput", new { id, resolution = "Replaced the unit.", rootCause = "PRODUCT_DEFECT" }),
        ];
        foreach (var (mutation, inputType, input) in steps)
        {
            Assert.Equal(0, (await ChangeAsync(agent, mutation, inputType, input)).GetProperty("errors").GetArrayLength());
        }

        var now = DateTimeOffset.UtcNow;
        var today = new { from = now.AddHours(-1), to = now.AddMinutes(1) };
        var own = (await agent.DataAsync(OfMember, new { id = _team.IdOf("Ada"), period = today })).GetProperty("node").GetProperty("performance");

        Assert.Equal(1m, Number(own, "complaintsAssigned"));
        Assert.Equal(1m, Number(own, "complaintsResolved"));
        Assert.Equal(100m, Number(own, "slaCompliancePercent")); // answered and resolved within seconds
        Assert.Equal(0m, Number(own, "reopenRatePercent"));
        Assert.InRange(Number(own, "averageFirstResponseHours")!.Value, 0m, 0.01m);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_bad_input()
    {
        using var agent = await _team.SignInAsync("Ada");

        var response = await agent.PostAsync(Team, new { period = new { from = PerformanceTeam.QuarterEnd, to = PerformanceTeam.QuarterStart } });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("end after it starts", response.Errors!.Value[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
