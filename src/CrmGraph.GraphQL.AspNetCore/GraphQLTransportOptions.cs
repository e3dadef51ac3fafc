namespace CrmGraph.GraphQL.AspNetCore;

/// <summary>What every transport shares: how resolver failures are shown and the host's hooks into each execution.</summary>
public abstract class GraphQLTransportOptions
{
    /// <summary>Show exception messages of failed resolvers to clients (Development only).</summary>
    public bool ExposeExceptionDetails { get; set; }

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
