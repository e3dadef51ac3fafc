using System.Collections.Concurrent;
using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.GraphQL.AspNetCore.WebSockets;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>A host whose transports report every operation they run to <see cref="Operations"/>.</summary>
public sealed class ObservedHost : TransportHost
{
    public const string Collection = "observed transport host";

    private readonly ConcurrentQueue<ExecutedOperation> _operations = new();

    public IReadOnlyList<ExecutedOperation> Operations => [.. _operations];

    protected override void Configure(GraphQLHttpOptions options) => options.OperationExecuted = _operations.Enqueue;

    protected override void ConfigureWebSockets(GraphQLWebSocketOptions options) => options.OperationExecuted = _operations.Enqueue;
}

[CollectionDefinition(ObservedHost.Collection)]
public sealed class ObservedHostCollection : ICollectionFixture<ObservedHost>;
