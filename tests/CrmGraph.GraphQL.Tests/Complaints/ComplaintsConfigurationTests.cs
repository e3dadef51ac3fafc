using CrmGraph.Application.Complaints;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.GraphQL.Complaints;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Tests.Complaints;

public sealed class ComplaintsConfigurationTests
{
    private static IConfiguration Settings(params (string Key, string? Value)[] settings) => TestSettings.Of(settings);

    [Fact]
    public void Without_settings_the_promised_times_are_the_domain_defaults()
    {
        var policy = ComplaintsConfiguration.Sla(Settings());

        foreach (var severity in Enum.GetValues<ComplaintSeverity>())
        {
            Assert.Equal(SlaPolicy.Default.BaseTargetsFor(severity), policy.BaseTargetsFor(severity));
        }

        Assert.Equal(SlaPolicy.Default.VipShare, policy.VipShare);
    }

    [Fact]
    public void Configured_targets_and_vip_share_override_the_defaults_and_the_rest_keep_them()
    {
        var policy = ComplaintsConfiguration.Sla(Settings(
            ("Complaints:Sla:Critical:FirstResponse", "00:15:00"),
            ("Complaints:Sla:Low:Resolution", "10.00:00:00"),
            ("Complaints:Sla:VipShare", "0.25")));

        Assert.Equal(new SlaTargets(TimeSpan.FromMinutes(15), TimeSpan.FromHours(8)), policy.BaseTargetsFor(ComplaintSeverity.Critical));
        Assert.Equal(new SlaTargets(TimeSpan.FromHours(24), TimeSpan.FromDays(10)), policy.BaseTargetsFor(ComplaintSeverity.Low));
        Assert.Equal(SlaPolicy.Default.BaseTargetsFor(ComplaintSeverity.High), policy.BaseTargetsFor(ComplaintSeverity.High));
        Assert.Equal(new SlaTargets(TimeSpan.FromMinutes(15) * 0.25, TimeSpan.FromHours(2)), policy.TargetsFor(ComplaintSeverity.Critical, null, LoyaltyTier.Vip));
    }

    [Fact]
    public void A_duration_that_is_not_one_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<FormatException>(() => ComplaintsConfiguration.Sla(Settings(("Complaints:Sla:High:Resolution", "a day"))));

        Assert.Contains("Complaints:Sla:High:Resolution", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_is_not_positive_stops_start_up() =>
        Assert.Throws<ArgumentException>(() => ComplaintsConfiguration.Sla(Settings(("Complaints:Sla:Medium:FirstResponse", "00:00:00"))));

    [Fact]
    public void The_sla_check_interval_defaults_to_thirty_seconds_and_can_be_set()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), ComplaintsConfiguration.SlaCheckInterval(Settings()));
        Assert.Equal(TimeSpan.FromMinutes(2), ComplaintsConfiguration.SlaCheckInterval(Settings(("Complaints:SlaCheckInterval", "00:02:00"))));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintsConfiguration.SlaCheckInterval(Settings(("Complaints:SlaCheckInterval", "-00:00:01"))));
    }
}
