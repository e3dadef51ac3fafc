using System.Text.Json;

namespace CrmGraph.Data.Audit;

/// <summary>Adds audit entries to a unit of work, so they commit (or not) with the change they describe.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Records that <paramref name="actor"/> did <paramref name="action"/> to the object of <paramref name="targetType"/>
    /// known as <paramref name="targetKey"/>, with snapshots of it before and after (null where it did not exist).
    /// </summary>
    public static void Record(this CrmDbContext db, DateTimeOffset at, string actor, string action, string targetType, string targetKey, object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditEntries.Add(new AuditEntry(at, actor, action, targetType, targetKey, Snapshot(before), Snapshot(after)));
    }

    private static string? Snapshot(object? state) => state is null ? null : JsonSerializer.Serialize(state, state.GetType(), SnapshotJson);
}
