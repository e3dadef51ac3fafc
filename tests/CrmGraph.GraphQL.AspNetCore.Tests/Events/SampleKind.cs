namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>An enum value of <see cref="SamplePayload"/>.</summary>
public enum SampleKind
{
    Filed,
    Resolved,
}
