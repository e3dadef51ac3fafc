namespace CrmGraph.GraphQL.AspNetCore;

/// <summary>What every transport shares: how resolver failures are shown, how large variables may be, and the host's hooks into each execution.</summary>
public abstract class GraphQLTransportOptions
{
    /// <summary>
    /// Show exception messages of failed resolvers to clients (Development only). Either way a failure reaches the
    /// client as <c>INTERNAL_SERVER_ERROR</c> with an <c>extensions.correlationId</c> that its server log line names too.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>
    /// The most bytes of JSON the <c>variables</c> of one request may take (default 65,536); larger ones are refused
    /// before they are deserialized, over HTTP with 413 and <c>VARIABLES_TOO_LARGE</c>, over WebSockets by closing
    /// the socket with 4400.
    /// </summary>
    public int MaxVariablesBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Lets the host adjust each execution: user context, validation rules, limits. Over WebSockets the
    /// <see cref="HttpContext"/> is the upgrade request's, shared by every operation of the connection, and
    /// <see cref="ExecutionOptions.User"/> already holds the connection's principal.
    /// </summary>
    public Func<HttpContext, ExecutionOptions, ValueTask>? ConfigureExecution { get; set; }

    /// <summary>
    /// Told about each operation once its result is ready, before it is written: the host's log line per operation.
    /// It runs on the request's path, so it should only record.
    /// </summary>
    public Action<ExecutedOperation>? OperationExecuted { get; set; }
}
