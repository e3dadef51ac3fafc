namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>How the GraphQL-over-HTTP endpoint behaves. Every limit refuses a request before execution.</summary>
public sealed class GraphQLHttpOptions : GraphQLTransportOptions
{
    /// <summary>Accept queries over GET (mutations are always refused over GET).</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>The most requests one JSON array may hold; 0 turns batching off.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How many validated documents are kept parsed, so repeated documents skip parsing and validation.</summary>
    public int MaxCachedDocuments { get; set; } = 1000;

    /// <summary>What callers who are not signed in may do; refused ones are challenged before anything is read.</summary>
    public AnonymousAccess AnonymousAccess { get; set; } = AnonymousAccess.Allowed;
}
