namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>An event with the kinds of values real events carry, to see them survive the trip through Redis.</summary>
public sealed record SamplePayload(Guid Id, string Name, decimal Amount, DateTimeOffset At, SampleKind Kind, SampleLine Line);
