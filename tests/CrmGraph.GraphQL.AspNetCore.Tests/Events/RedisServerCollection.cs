using CrmGraph.Testing;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Events;

/// <summary>The Redis event bus tests share one redis-server; each uses topics of its own.</summary>
[CollectionDefinition(Name)]
public sealed class RedisServerCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis server";
}
