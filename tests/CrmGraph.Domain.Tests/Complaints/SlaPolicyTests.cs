using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Tests.Complaints;

public sealed class SlaPolicyTests
{
    private static SlaTargets Hours(double firstResponse, double resolution) => new(TimeSpan.FromHours(firstResponse), TimeSpan.FromHours(resolution));

    private static ServiceLevelTerms Terms(double response, double resolution) => new(TimeSpan.FromHours(response), TimeSpan.FromHours(resolution));

    [Theory]
    [InlineData(ComplaintSeverity.Critical, 1, 8)]
    [InlineData(ComplaintSeverity.High, 4, 24)]
    [InlineData(ComplaintSeverity.Medium, 8, 72)]
    [InlineData(ComplaintSeverity.Low, 24, 120)]
    public void Default_targets_by_severity(ComplaintSeverity severity, double firstResponse, double resolution) =>
        Assert.Equal(Hours(firstResponse, resolution), SlaPolicy.Default.TargetsFor(severity, null, LoyaltyTier.Gold));

    [Fact]
    public void A_product_tightens_each_target_it_promises_more_strictly()
    {
        var targets = SlaPolicy.Default.TargetsFor(ComplaintSeverity.Medium, Terms(4, 96), LoyaltyTier.Standard);

        Assert.Equal(Hours(4, 72), targets);
    }

    [Fact]
    public void A_product_without_promises_leaves_the_targets_alone()
    {
        var targets = SlaPolicy.Default.TargetsFor(ComplaintSeverity.High, new ServiceLevelTerms(TimeSpan.Zero, TimeSpan.Zero), LoyaltyTier.Standard);

        Assert.Equal(Hours(4, 24), targets);
    }

    [Fact]
    public void Vip_customers_wait_half_as_long()
    {
        Assert.Equal(Hours(2, 12), SlaPolicy.Default.TargetsFor(ComplaintSeverity.High, null, LoyaltyTier.Vip));
        Assert.Equal(Hours(1, 12), SlaPolicy.Default.TargetsFor(ComplaintSeverity.High, Terms(2, 48), LoyaltyTier.Vip));
    }

    [Fact]
    public void Targets_and_the_vip_share_are_configurable()
    {
        var policy = new SlaPolicy(
            Enum.GetValues<ComplaintSeverity>().ToDictionary(s => s, _ => Hours(10, 100)),
            vipShare: 0.25);

        Assert.Equal(Hours(10, 100), policy.TargetsFor(ComplaintSeverity.Critical, null, LoyaltyTier.Silver));
        Assert.Equal(Hours(2.5, 25), policy.TargetsFor(ComplaintSeverity.Critical, null, LoyaltyTier.Vip));
        Assert.Equal(Hours(10, 100), policy.BaseTargetsFor(ComplaintSeverity.Critical));
        Assert.Equal(0.25, policy.VipShare);
    }

    [Fact]
    public void Every_severity_needs_positive_targets()
    {
        var missingLow = new Dictionary<ComplaintSeverity, SlaTargets>
        {
            [ComplaintSeverity.Critical] = Hours(1, 8),
            [ComplaintSeverity.High] = Hours(4, 24),
            [ComplaintSeverity.Medium] = Hours(8, 72),
        };
        var zeroLow = new Dictionary<ComplaintSeverity, SlaTargets>(missingLow) { [ComplaintSeverity.Low] = Hours(0, 120) };

        Assert.Throws<ArgumentException>(() => new SlaPolicy(missingLow, 0.5));
        Assert.Throws<ArgumentException>(() => new SlaPolicy(zeroLow, 0.5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void The_vip_share_must_shorten_or_keep_targets(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SlaPolicy(Enum.GetValues<ComplaintSeverity>().ToDictionary(s => s, _ => Hours(1, 2)), share));
}
