using CrmGraph.Application.Churn;
using CrmGraph.GraphQL.Churn;
using Microsoft.Extensions.Configuration;

namespace CrmGraph.GraphQL.Tests.Churn;

public sealed class ChurnConfigurationTests
{
    [Theory]
    [InlineData(null, 60)]
    [InlineData("00:15:00", 15)]
    [InlineData("1.00:00:00", 1_440)]
    public void The_risk_refresh_interval_defaults_to_an_hour(string? value, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), ChurnConfiguration.RiskRefreshInterval(Settings(value)));

    [Fact]
    public void A_zero_interval_stops_start_up() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChurnConfiguration.RiskRefreshInterval(Settings("00:00:00")));

    private static IConfiguration Settings(string? interval) => TestSettings.Of((ChurnConfiguration.RiskRefreshIntervalKey, interval));
}
