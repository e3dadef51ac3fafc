using GraphQL.Execution;
using GraphQL.Validation;

namespace CrmGraph.GraphQL.AspNetCore.Limits;

/// <summary>
/// Writes errors as the default provider does, but cuts the "Did you mean …?" suggestions off validation messages
/// (unknown fields, arguments and types), which would otherwise spell out the schema to callers who may not introspect it.
/// </summary>
internal sealed class SuggestionFreeErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    /// <summary>How every suggestion of graphql-dotnet's validation rules begins; it always ends the message.</summary>
    private const string Suggestion = " Did you mean ";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is ValidationError && info.Message?.IndexOf(Suggestion, StringComparison.Ordinal) is >= 0 and var cut)
        {
            info.Message = info.Message[..cut];
        }

        return info;
    }
}
