namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>A scoped service that tells service scopes apart and counts its disposal in the probe as "disposed {Label}".</summary>
public sealed class ScopeMarker(TestProbe probe) : IDisposable
{
    public string Label { get; set; } = Guid.NewGuid().ToString("N");

    public static string Disposed(string label) => "disposed " + label;

    public void Dispose() => probe.Increment(Disposed(Label));
}
