using System.Diagnostics;
using System.Security.Claims;
using CrmGraph.GraphQL.AspNetCore.Http;
using CrmGraph.GraphQL.AspNetCore.Telemetry;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore;

/// <summary>
/// Runs one GraphQL request the same way for every transport, so that the host's hooks, the caller, the masking of
/// resolver failures and the operation's span and measurements cannot drift apart between HTTP and WebSockets.
/// </summary>
internal static partial class TransportExecution
{
    public const string InternalErrorMessage = "Internal server error. The details were logged on the server.";

    /// <summary>The error extension naming the log line of a failure.</summary>
    public const string CorrelationIdExtension = "correlationId";

    /// <summary>
    /// Executes <paramref name="request"/> inside the operation's span: with its document, <paramref name="user"/>, the
    /// services of its scope and masked resolver failures logged under <paramref name="correlationId"/>, then whatever
    /// the host's <see cref="GraphQLTransportOptions.ConfigureExecution"/> adds; then tells the host's
    /// <see cref="GraphQLTransportOptions.OperationExecuted"/> what ran.
    /// </summary>
    public static async Task<ExecutionResult> ExecuteAsync(
        IDocumentExecuter executer,
        HttpContext context,
        GraphQLRequest request,
        GraphQLDocument? document,
        ClaimsPrincipal user,
        IServiceProvider services,
        GraphQLTransportOptions settings,
        ILogger logger,
        string correlationId,
        CancellationToken cancellationToken)
    {
        using var span = GraphQLTelemetry.StartOperation();
        var started = Stopwatch.GetTimestamp();
        var execution = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = unhandled =>
            {
                LogResolverFailure(logger, unhandled.OriginalException, unhandled.FieldContext?.FieldDefinition.Name, correlationId);
                unhandled.Exception = Mask(unhandled.OriginalException, settings, correlationId);
                return Task.CompletedTask;
            },
        };
        if (settings.ConfigureExecution is { } configure)
        {
            await configure(context, execution).ConfigureAwait(false);
        }

        var result = await executer.ExecuteAsync(execution).ConfigureAwait(false);
        var operation = new ExecutedOperation(context, execution, result, Stopwatch.GetElapsedTime(started));
        GraphQLTelemetry.Finish(span, operation, request.Query);
        settings.OperationExecuted?.Invoke(operation);
        return result;
    }

    /// <summary>
    /// What a client may see of an unexpected exception: <c>INTERNAL_SERVER_ERROR</c> and the id of the log line,
    /// with the exception's message only when details are exposed. The error's codes are derived from its inner
    /// exceptions too, so a hidden original is not attached.
    /// </summary>
    public static ExecutionError Mask(Exception original, GraphQLTransportOptions settings, string correlationId)
    {
        var shown = settings.ExposeExceptionDetails
            ? new InternalServerErrorException(original.Message, original)
            : new InternalServerErrorException(InternalErrorMessage);
        return new ExecutionError(shown.Message, shown).AddExtension(CorrelationIdExtension, correlationId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL resolver failed (field {Field}, correlation id {CorrelationId}).")]
    private static partial void LogResolverFailure(ILogger logger, Exception exception, string? field, string correlationId);
}
