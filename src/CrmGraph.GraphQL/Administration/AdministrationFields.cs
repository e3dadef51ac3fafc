namespace CrmGraph.GraphQL.Administration;

/// <summary>The shape every administrative mutation shares: one input, a payload, administrators only.</summary>
internal static class AdministrationFields
{
    public static void Add<TPayloadType, TInputType>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Task<object>> resolve)
        where TPayloadType : IGraphType
        where TInputType : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description($"{description} Administrators only, through a front-end granted the crm.admin scope; recorded in the audit trail.")
            .Argument<NonNullGraphType<TInputType>>("input")
            .AuthorizeWithPolicy(CrmPolicies.Administration)
            .ResolveAsync(async ctx => await resolve(ctx).ConfigureAwait(false));

    /// <summary>A command with its services, after the caller's data access is settled (see <see cref="ResolveFieldContextExtensions.Db"/>).</summary>
    public static T Command<T>(this IResolveFieldContext context)
    {
        context.Db();
        return Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<T>(context.RequestServices!);
    }
}
