namespace CrmGraph.Server.Tests.Operations;

/// <summary>The log and telemetry tests share one observed server; they run one after another.</summary>
[CollectionDefinition(ObservedServer.Collection)]
public sealed class ObservedServerCollection : ICollectionFixture<ObservedServer>;
