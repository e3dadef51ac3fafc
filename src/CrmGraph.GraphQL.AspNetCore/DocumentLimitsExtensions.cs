using CrmGraph.GraphQL.AspNetCore.Limits;
using GraphQL.DI;

namespace CrmGraph.GraphQL.AspNetCore;

public static class DocumentLimitsExtensions
{
    /// <summary>
    /// Checks every document against <see cref="DocumentLimitsOptions"/> before it is validated or run, whichever
    /// transport brought it, and refuses those over a limit with the limit's code. Unless
    /// <see cref="DocumentLimitsOptions.EnableFieldSuggestions"/> is set, this also registers the error info provider
    /// (replacing one registered before) with one that cuts "Did you mean …?" suggestions from validation messages.
    /// </summary>
    public static IGraphQLBuilder AddDocumentLimits(this IGraphQLBuilder builder, Action<DocumentLimitsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new DocumentLimitsOptions();
        configure?.Invoke(options);
        options.Validate();
        builder.Services.Register(options);
        builder.ConfigureExecution(new DocumentLimits(options));
        if (!options.EnableFieldSuggestions)
        {
            builder.AddErrorInfoProvider<SuggestionFreeErrorInfoProvider>();
        }

        return builder;
    }
}
