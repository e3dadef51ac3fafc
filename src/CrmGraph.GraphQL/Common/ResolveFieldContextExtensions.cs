using CrmGraph.Identity.Callers;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.Common;

public static class ResolveFieldContextExtensions
{
    /// <summary>The request's unit of work (one per request; the schema runs resolvers one at a time).</summary>
    public static CrmDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<CrmDbContext>();

    /// <summary>Who is calling, from the request's access token.</summary>
    public static Caller Caller(this IResolveFieldContext context) => Identity.Callers.Caller.From(context.User!);

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>Whether the query selects <paramref name="fieldName"/> on this field's result (to skip unasked work).</summary>
    public static bool Selects(this IResolveFieldContext context, string fieldName) =>
        context.SubFields is { } fields && fields.Values.Any(f => f.Field.Name.Value == fieldName);
}
