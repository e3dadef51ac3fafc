using System.Data.Common;
using System.Diagnostics;
using CrmGraph.Data.Providers;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmGraph.Data.Diagnostics;

/// <summary>
/// Watches every SQL statement of one service scope's unit of work: counts it for the server and for the scope
/// and, only while a tracer listens, wraps it in a client span. A unit of work runs one command at a time, so
/// one span in flight is all it tracks.
/// </summary>
internal sealed class SqlCommandObserver(SqlStatementCounter server, SqlStatementTally scope, DatabaseOptions database) : DbCommandInterceptor
{
    private readonly string _system = database.Provider == DatabaseProvider.SqlServer ? "microsoft.sql_server" : "sqlite";
    private Activity? _span;
    private Guid _spanCommand;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Starting(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Starting(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Starting(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Starting(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Starting(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Starting(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Ended(eventData.CommandId, null);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Ended(eventData.CommandId, null);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Ended(eventData.CommandId, null);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Ended(eventData.CommandId, null);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Ended(eventData.CommandId, null);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Ended(eventData.CommandId, null);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Ended(eventData.CommandId, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.CommandId, eventData.Exception);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Ended(eventData.CommandId, null);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.CommandId, null);
        return Task.CompletedTask;
    }

    private void Starting(DbCommand command, CommandEventData eventData)
    {
        server.Increment();
        scope.Increment();
        if (!DataTelemetry.Source.HasListeners())
        {
            return;
        }

        // The span is not made current: a statement has no children, and the interceptor's caller may not be the
        // flow that ends it.
        var current = Activity.Current;
        _span = DataTelemetry.Source.StartActivity(SpanName(command.CommandText), ActivityKind.Client);
        Activity.Current = current;
        _spanCommand = eventData.CommandId;
        if (_span is { IsAllDataRequested: true } span)
        {
            span.SetTag("db.system.name", _system);
            span.SetTag("db.query.text", command.CommandText);
        }
    }

    private void Ended(Guid commandId, Exception? failure)
    {
        if (_span is not { } span || commandId != _spanCommand)
        {
            return;
        }

        _span = null;
        if (failure is not null)
        {
            span.SetStatus(ActivityStatusCode.Error, failure.Message);
            span.SetTag("error.type", failure.GetType().FullName);
        }

        span.Stop();
    }

    /// <summary>The statement's leading keyword (SELECT, INSERT, …) and the database system, as tracing conventions name client spans.</summary>
    private string SpanName(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        var end = text.IndexOfAny(" \t\r\n;(");
        var keyword = end > 0 ? text[..end] : text;
        return keyword.IsEmpty ? _system : $"{keyword.ToString().ToUpperInvariant()} {_system}";
    }
}
