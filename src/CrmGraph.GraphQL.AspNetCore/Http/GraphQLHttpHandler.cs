using CrmGraph.GraphQL.AspNetCore.Persisted;
using CrmGraph.GraphQL.AspNetCore.RateLimiting;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;

namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Serves one schema over HTTP as the GraphQL-over-HTTP specification describes: method and media-type
/// checks, request parsing, execution, and the status code each outcome calls for.
/// </summary>
public sealed class GraphQLHttpHandler<TSchema>(
    IDocumentExecuter<TSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    PersistedDocuments documents,
    GraphQLHttpOptions options,
    ILogger<GraphQLHttpHandler<TSchema>> logger,
    IOperationRateLimiter? rateLimiter = null)
    where TSchema : ISchema
{
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options;
        var isGet = HttpMethods.IsGet(context.Request.Method);
        if (!(isGet && settings.AllowGet) && !HttpMethods.IsPost(context.Request.Method))
        {
            await RejectAsync(context, GraphQLMediaTypes.Json, new RequestRejection(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", $"Use POST{(settings.AllowGet ? " (or GET for queries)" : string.Empty)}."), allow: settings.AllowGet ? "GET, POST" : "POST").ConfigureAwait(false);
            return;
        }

        var anonymous = context.User.Identity?.IsAuthenticated != true;
        if (anonymous && settings.AnonymousAccess == AnonymousAccess.Denied)
        {
            // Callers without a valid token count too (by address), so trying tokens is no free loop.
            if (await AdmittedAsync(context, GraphQLMediaTypes.Json, operations: 1).ConfigureAwait(false))
            {
                await context.ChallengeAsync().ConfigureAwait(false);
            }

            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await RejectAsync(context, GraphQLMediaTypes.Json, new RequestRejection(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE", $"Accept '{GraphQLMediaTypes.GraphQLResponse}' or '{GraphQLMediaTypes.Json}'.")).ConfigureAwait(false);
            return;
        }

        var parsed = await reader.ReadAsync(context.Request).ConfigureAwait(false);
        if (parsed.Rejection is { } rejection)
        {
            await RejectAsync(context, mediaType, rejection).ConfigureAwait(false);
            return;
        }

        // Every operation of a batch costs a permit; none runs unless all are granted.
        if (!await AdmittedAsync(context, mediaType, parsed.Requests.Count).ConfigureAwait(false))
        {
            return;
        }

        if (anonymous && settings.AnonymousAccess == AnonymousAccess.IntrospectionOnly
            && !parsed.Requests.All(r => IntrospectionDocuments.IsIntrospectionOnly(r.Query)))
        {
            await context.ChallengeAsync().ConfigureAwait(false);
            return;
        }

        var results = new List<ExecutionResult>(parsed.Requests.Count);
        foreach (var request in parsed.Requests)
        {
            if (documents.Prepare(request, context, context.User) is { } refusal)
            {
                results.Add(new ExecutionResult { Errors = [refusal] });
                continue;
            }

            GraphQLDocument? document = null;
            if (isGet)
            {
                (document, var kind) = OperationKinds.Inspect(request.Query!, request.OperationName);
                if (kind is OperationType.Mutation or OperationType.Subscription)
                {
                    await RejectAsync(context, mediaType, new RequestRejection(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutations are only accepted over POST."), allow: "POST").ConfigureAwait(false);
                    return;
                }
            }

            results.Add(await ExecuteAsync(context, request, document, settings).ConfigureAwait(false));
        }

        // With graphql-response+json, a document that never ran (syntax or validation errors) is a bad request.
        var status = mediaType == GraphQLMediaTypes.GraphQLResponse && !parsed.IsBatch && !results[0].Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteAsync(context, mediaType, status, parsed.IsBatch ? results.ToArray() : results[0]).ConfigureAwait(false);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document, GraphQLHttpOptions settings) =>
        TransportExecution.ExecuteAsync(executer, context, request, document, context.User, context.RequestServices, settings, logger, context.TraceIdentifier, context.RequestAborted);

    /// <summary>Takes a permit per operation from the host's rate limit, or answers 429 with <c>Retry-After</c>.</summary>
    private async Task<bool> AdmittedAsync(HttpContext context, string mediaType, int operations)
    {
        if (rateLimiter is null || rateLimiter.TryAcquire(context, context.User, operations, out var retryAfter))
        {
            return true;
        }

        context.Response.Headers.RetryAfter = RateLimitRefusal.RetryAfterSeconds(retryAfter);
        var error = RateLimitRefusal.Error(retryAfter);
        await RejectAsync(context, mediaType, new RequestRejection(StatusCodes.Status429TooManyRequests, RateLimitCodes.RateLimited, error.Message)).ConfigureAwait(false);
        return false;
    }

    private async Task RejectAsync(HttpContext context, string mediaType, RequestRejection rejection, string? allow = null)
    {
        if (allow is not null)
        {
            context.Response.Headers.Allow = allow;
        }

        var result = new ExecutionResult { Errors = [new ExecutionError(rejection.Message) { Code = rejection.Code }] };
        await WriteAsync(context, mediaType, rejection.StatusCode, result).ConfigureAwait(false);
    }

    private async Task WriteAsync(HttpContext context, string mediaType, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, body, context.RequestAborted).ConfigureAwait(false);
    }
}
