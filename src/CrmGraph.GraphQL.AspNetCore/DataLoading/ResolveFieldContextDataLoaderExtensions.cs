using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.AspNetCore.DataLoading;

public static class ResolveFieldContextDataLoaderExtensions
{
    /// <summary>The request's data loaders.</summary>
    public static DataLoaderRegistry DataLoaders(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices ?? throw new InvalidOperationException("The request has no services; run the document through the GraphQL HTTP endpoint.");
        return services.GetRequiredService<DataLoaderRegistry>();
    }
}
