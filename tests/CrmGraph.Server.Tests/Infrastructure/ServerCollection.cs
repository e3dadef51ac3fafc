namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>All integration tests share one running server; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<CrmServerFixture>
{
    public const string Name = "server";
}
