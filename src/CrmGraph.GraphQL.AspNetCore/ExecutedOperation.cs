using CrmGraph.GraphQL.AspNetCore.Http;
using GraphQLParser.AST;

namespace CrmGraph.GraphQL.AspNetCore;

/// <summary>One GraphQL operation a transport ran, as the host's <see cref="GraphQLTransportOptions.OperationExecuted"/> sees it.</summary>
/// <param name="Context">The HTTP request; over WebSockets the upgrade request, shared by the connection's operations.</param>
/// <param name="Options">What ran: the caller (<see cref="ExecutionOptions.User"/>) and the scope's services among it.</param>
/// <param name="Result">The result; for a subscription, the one that opened its stream.</param>
/// <param name="Duration">From the start of the execution's set-up until its result was ready (not yet written).</param>
public sealed record ExecutedOperation(HttpContext Context, ExecutionOptions Options, ExecutionResult Result, TimeSpan Duration)
{
    // A document refused by validation has no operation in its result: it is found again, parsed anew if need be,
    // which costs only for refused documents.
    private readonly GraphQLOperationDefinition? _operation =
        Result.Operation ?? OperationKinds.Find(Result.Document ?? Options.Document, Options.Query, Options.OperationName);

    /// <summary>query, mutation or subscription; unknown when the document named no single operation or did not parse.</summary>
    public string Kind => _operation?.Operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "unknown",
    };

    /// <summary>The operation's name, or the one the request asked for when no operation was chosen; null for an anonymous one.</summary>
    public string? Name => _operation?.Name?.StringValue ?? Options.OperationName;

    public int ErrorCount => Result.Errors?.Count ?? 0;

    /// <summary>The distinct <c>extensions.code</c> values of the errors, in order of first appearance.</summary>
    public IReadOnlyList<string> ErrorCodes { get; } =
        Result.Errors is { Count: > 0 } errors ? errors.Select(e => e.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList() : [];
}
