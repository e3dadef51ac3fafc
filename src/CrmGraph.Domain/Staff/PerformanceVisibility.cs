namespace CrmGraph.Domain.Staff;

/// <summary>
/// Whose performance figures a viewer may see: an administrator everyone's, a service manager their own
/// team's, an agent or a technician only their own. Anyone without a staff role (partners, machine clients)
/// sees nobody's.
/// </summary>
public sealed class PerformanceVisibility
{
    private readonly StaffRole? _role;
    private readonly int? _viewerId;
    private readonly string? _viewerTeam;

    private PerformanceVisibility(StaffRole? role, int? viewerId, string? viewerTeam)
    {
        _role = role;
        _viewerId = viewerId;
        _viewerTeam = viewerTeam;
    }

    /// <summary>What a viewer with <paramref name="role"/> (none for non-staff) sees; their team comes from the staff directory.</summary>
    public static PerformanceVisibility Of(StaffRole? role, int? viewerId, string? viewerTeam) => new(role, viewerId, viewerTeam);

    public bool SeesEveryTeam => _role == StaffRole.Administrator;

    /// <summary>The viewer's own team: whose figures they are shown when they name no team.</summary>
    public string? OwnTeam => _viewerTeam;

    /// <summary>The rule in words, for a refusal.</summary>
    public string Rule => _role switch
    {
        StaffRole.Administrator => "an administrator sees every staff member's figures",
        StaffRole.ServiceManager => $"a service manager sees only the figures of their own team ({_viewerTeam ?? "none"})",
        StaffRole.Agent or StaffRole.Technician => "an agent or technician sees only their own figures",
        _ => "only staff members see performance figures",
    };

    /// <summary>
    /// Whether anyone of <paramref name="team"/> (null: all teams together) is visible, so that figures nobody may
    /// see are never computed. An agent's own figures are in their own team.
    /// </summary>
    public bool SeesAnyoneIn(string? team) =>
        SeesEveryTeam || (team is not null && _role is not null && string.Equals(team, _viewerTeam, StringComparison.Ordinal));

    public bool CanSee(int staffMemberId, string team) => _role switch
    {
        StaffRole.Administrator => true,
        StaffRole.ServiceManager => _viewerTeam is not null && string.Equals(team, _viewerTeam, StringComparison.Ordinal),
        StaffRole.Agent or StaffRole.Technician => staffMemberId == _viewerId,
        _ => false,
    };

    public bool CanSee(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return CanSee(member.Id, member.Team);
    }
}
