using CrmGraph.Domain.Staff;

namespace CrmGraph.Domain.Tests.Staff;

public sealed class PerformanceVisibilityTests
{
    private const int Viewer = 7;
    private const int Colleague = 8;
    private const string Hotline = "Hotline";
    private const string Field = "Field service";

    [Theory]
    [InlineData(StaffRole.Administrator, Viewer, Hotline, true)]
    [InlineData(StaffRole.Administrator, Colleague, Field, true)]
    [InlineData(StaffRole.ServiceManager, Viewer, Hotline, true)]
    [InlineData(StaffRole.ServiceManager, Colleague, Hotline, true)]
    [InlineData(StaffRole.ServiceManager, Colleague, Field, false)]
    [InlineData(StaffRole.Agent, Viewer, Hotline, true)]
    [InlineData(StaffRole.Agent, Colleague, Hotline, false)]
    [InlineData(StaffRole.Technician, Viewer, Hotline, true)]
    [InlineData(StaffRole.Technician, Colleague, Hotline, false)]
    public void Administrators_see_everyone_managers_their_team_agents_and_technicians_themselves(StaffRole role, int member, string team, bool visible) =>
        Assert.Equal(visible, PerformanceVisibility.Of(role, Viewer, Hotline).CanSee(member, team));

    [Fact]
    public void Callers_without_a_staff_role_see_nobody()
    {
        var partner = PerformanceVisibility.Of(null, null, null);

        Assert.False(partner.CanSee(Colleague, Hotline));
        Assert.False(partner.SeesAnyoneIn(Hotline));
        Assert.False(partner.SeesAnyoneIn(null));
        Assert.Contains("only staff", partner.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manager_missing_from_the_directory_has_no_team_and_sees_nobody_elses_figures()
    {
        var manager = PerformanceVisibility.Of(StaffRole.ServiceManager, Viewer, null);

        Assert.False(manager.CanSee(Colleague, Hotline));
        Assert.False(manager.SeesAnyoneIn(Hotline));
    }

    [Theory]
    [InlineData(StaffRole.Administrator, null, true)]
    [InlineData(StaffRole.Administrator, Field, true)]
    [InlineData(StaffRole.ServiceManager, Hotline, true)]
    [InlineData(StaffRole.ServiceManager, Field, false)]
    [InlineData(StaffRole.ServiceManager, null, false)]
    [InlineData(StaffRole.Agent, Hotline, true)]
    [InlineData(StaffRole.Agent, Field, false)]
    public void Only_teams_with_someone_visible_are_worth_computing(StaffRole role, string? team, bool worth) =>
        Assert.Equal(worth, PerformanceVisibility.Of(role, Viewer, Hotline).SeesAnyoneIn(team));

    [Theory]
    [InlineData(StaffRole.ServiceManager, "own team (Hotline)")]
    [InlineData(StaffRole.Agent, "only their own figures")]
    [InlineData(StaffRole.Technician, "only their own figures")]
    public void The_rule_is_named_in_words_for_refusals(StaffRole role, string words) =>
        Assert.Contains(words, PerformanceVisibility.Of(role, Viewer, Hotline).Rule, StringComparison.Ordinal);

    [Fact]
    public void Only_administrators_see_every_team_and_everyone_is_shown_their_own_team_by_default()
    {
        Assert.True(PerformanceVisibility.Of(StaffRole.Administrator, Viewer, "Head office").SeesEveryTeam);
        Assert.False(PerformanceVisibility.Of(StaffRole.ServiceManager, Viewer, Hotline).SeesEveryTeam);
        Assert.Equal(Hotline, PerformanceVisibility.Of(StaffRole.Agent, Viewer, Hotline).OwnTeam);
    }
}
