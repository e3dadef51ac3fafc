namespace CrmGraph.GraphQL.Complaints;

/// <summary>What every complaint change names: the complaint and, optionally, the version the client read.</summary>
public class ComplaintChangeInput
{
    public string Id { get; set; } = string.Empty;

    public int? Version { get; set; }
}
