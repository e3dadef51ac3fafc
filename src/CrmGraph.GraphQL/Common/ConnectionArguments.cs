namespace CrmGraph.GraphQL.Common;

public static class ConnectionArguments
{
    /// <summary>Adds the Relay paging arguments <c>first/after/last/before</c> to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"Items after 'after', at most {PageRequest.MaxPageSize} (default {PageRequest.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Cursor of the item to start after.")
            .Argument<IntGraphType>("last", $"Items before 'before', at most {PageRequest.MaxPageSize}.")
            .Argument<StringGraphType>("before", "Cursor of the item to end before.");
}
