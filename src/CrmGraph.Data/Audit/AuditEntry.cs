namespace CrmGraph.Data.Audit;

/// <summary>
/// One administrative change: who made it, when, what it did to which object, and the object before and after
/// (as JSON, null where it did not exist). Written in the same transaction as the change it records.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActorLength = 200;
    public const int MaxActionLength = 64;
    public const int MaxTargetLength = 100;

    public AuditEntry(DateTimeOffset at, string actor, string action, string targetType, string targetKey, string? before, string? after)
    {
        At = at;
        Actor = actor;
        Action = action;
        TargetType = targetType;
        TargetKey = targetKey;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The staff member (by name and account) or the operator's command that made the change.</summary>
    public string Actor { get; private set; }

    /// <summary>What was done, e.g. <c>createPartner</c>.</summary>
    public string Action { get; private set; }

    /// <summary>The kind of object changed: Partner, StaffMember, StaffAccount, OAuthClient.</summary>
    public string TargetType { get; private set; }

    /// <summary>The changed object's business key: partner code, staff email, client id.</summary>
    public string TargetKey { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
