namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>A nested value of <see cref="SamplePayload"/>.</summary>
public sealed record SampleLine(int Number, string? Note);
