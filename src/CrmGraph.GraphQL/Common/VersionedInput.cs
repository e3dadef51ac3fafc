namespace CrmGraph.GraphQL.Common;

/// <summary>What every edit of an existing object names: the object and, optionally, the version the client read.</summary>
public class VersionedInput
{
    public string Id { get; set; } = string.Empty;

    public int? Version { get; set; }
}
