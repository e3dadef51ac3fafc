using CrmGraph.Identity.Callers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.Common;

public static class ResolveFieldContextExtensions
{
    /// <summary>
    /// The unit of work of this request, WebSocket operation or subscription event (resolvers run one at a
    /// time), limited to what the caller may see.
    /// </summary>
    public static CrmDbContext Db(this IResolveFieldContext context)
    {
        CallerAccess.Establish(context.RequestServices!, context.User);
        return context.RequestServices!.GetRequiredService<CrmDbContext>();
    }

    /// <summary>Who is calling, from the request's access token.</summary>
    public static Caller Caller(this IResolveFieldContext context) => Identity.Callers.Caller.From(context.User!);

    /// <summary>Whether the caller meets the authorization policy <paramref name="policy"/>, as a field guarded by it asks.</summary>
    public static async Task<bool> SatisfiesAsync(this IResolveFieldContext context, string policy) =>
        context.User is { } user
        && (await context.Service<IAuthorizationService>().AuthorizeAsync(user, policy).ConfigureAwait(false)).Succeeded;

    /// <summary>A command (or the command pipeline) in the request's unit of work, limited to what the caller may see.</summary>
    public static T Command<T>(this IResolveFieldContext context)
        where T : notnull
    {
        CallerAccess.Establish(context.RequestServices!, context.User);
        return context.RequestServices!.GetRequiredService<T>();
    }

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>Whether the query selects <paramref name="fieldName"/> on this field's result (to skip unasked work).</summary>
    public static bool Selects(this IResolveFieldContext context, string fieldName) =>
        context.SubFields is { } fields && fields.Values.Any(f => f.Field.Name.Value == fieldName);
}
