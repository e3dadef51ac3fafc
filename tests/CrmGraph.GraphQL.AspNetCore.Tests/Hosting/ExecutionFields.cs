using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Fields that show what a resolver runs with, on queries and on subscription events alike.</summary>
public static class ExecutionFields
{
    /// <summary>Adds <c>viewer</c> (the user's name), <c>scope</c> (the label of the resolver's service scope) and <c>fail</c> (throws).</summary>
    public static void AddExecutionFields<TSource>(this ObjectGraphType<TSource> type)
    {
        ArgumentNullException.ThrowIfNull(type);

        type.Field<StringGraphType>("viewer")
            .Resolve(context => context.User?.Identity?.Name);

        type.Field<NonNullGraphType<StringGraphType>>("scope")
            .Resolve(context => context.RequestServices!.GetRequiredService<ScopeMarker>().Label);

        type.Field<StringGraphType>("fail")
            .Resolve(_ => throw new InvalidOperationException(TestData.SecretDetail));
    }
}
