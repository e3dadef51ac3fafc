using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Customers;

namespace CrmGraph.Domain.Complaints;

/// <summary>
/// The promised times for a complaint: a target pair per severity, tightened by the product's own
/// service-level terms and again for VIP customers, never loosened.
/// </summary>
public sealed class SlaPolicy
{
    private readonly Dictionary<ComplaintSeverity, SlaTargets> _targets;
    private readonly double _vipShare;

    /// <param name="targets">A target pair for every severity.</param>
    /// <param name="vipShare">The share of each target a VIP customer waits, in (0, 1]; 0.5 halves it.</param>
    public SlaPolicy(IReadOnlyDictionary<ComplaintSeverity, SlaTargets> targets, double vipShare)
    {
        foreach (var severity in Enum.GetValues<ComplaintSeverity>())
        {
            if (!targets.TryGetValue(severity, out var target))
            {
                throw new ArgumentException($"No targets are given for {severity} complaints.", nameof(targets));
            }

            if (target.FirstResponse <= TimeSpan.Zero || target.Resolution <= TimeSpan.Zero)
            {
                throw new ArgumentException($"The {severity} targets must be positive.", nameof(targets));
            }
        }

        if (vipShare is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(vipShare), vipShare, "A VIP share must lie in (0, 1].");
        }

        _targets = new Dictionary<ComplaintSeverity, SlaTargets>(targets);
        _vipShare = vipShare;
    }

    public static SlaPolicy Default { get; } = new(
        new Dictionary<ComplaintSeverity, SlaTargets>
        {
            [ComplaintSeverity.Critical] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(8)),
            [ComplaintSeverity.High] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
            [ComplaintSeverity.Medium] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(72)),
            [ComplaintSeverity.Low] = new(TimeSpan.FromHours(24), TimeSpan.FromHours(120)),
        },
        vipShare: 0.5);

    /// <summary>The share of each target a VIP customer waits.</summary>
    public double VipShare => _vipShare;

    /// <summary>The severity's own targets, before any product terms or VIP treatment.</summary>
    public SlaTargets BaseTargetsFor(ComplaintSeverity severity) => _targets[severity];

    public SlaTargets TargetsFor(ComplaintSeverity severity, ServiceLevelTerms? productTerms, LoyaltyTier tier)
    {
        var target = BaseTargetsFor(severity);
        var firstResponse = Stricter(target.FirstResponse, productTerms?.ResponseTarget);
        var resolution = Stricter(target.Resolution, productTerms?.ResolutionTarget);
        return tier == LoyaltyTier.Vip
            ? new SlaTargets(firstResponse * _vipShare, resolution * _vipShare)
            : new SlaTargets(firstResponse, resolution);
    }

    // A product without a promise stores zero; that means "no stricter term", not "answer instantly".
    private static TimeSpan Stricter(TimeSpan target, TimeSpan? productTarget) =>
        productTarget is { } promised && promised > TimeSpan.Zero && promised < target ? promised : target;
}
