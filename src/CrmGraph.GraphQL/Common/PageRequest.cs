namespace CrmGraph.GraphQL.Common;

/// <summary>The Relay paging arguments of one connection field, validated.</summary>
public sealed record PageRequest(int Size, bool Backward, string? Cursor)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");

        if (first is not null && last is not null)
        {
            throw Invalid("Pass either 'first' or 'last', not both.", ErrorCodes.InvalidPagination);
        }

        if (after is not null && before is not null)
        {
            throw Invalid("Pass either 'after' or 'before', not both.", ErrorCodes.InvalidPagination);
        }

        var backward = last is not null || (before is not null && first is null);
        if ((backward && after is not null) || (!backward && before is not null))
        {
            throw Invalid("Page forward with 'first' and 'after', backward with 'last' and 'before'.", ErrorCodes.InvalidPagination);
        }

        var size = first ?? last ?? DefaultPageSize;
        if (size < 0)
        {
            throw Invalid($"A page size cannot be negative (got {size}).", ErrorCodes.InvalidPagination);
        }

        if (size > MaxPageSize)
        {
            throw Invalid($"A page holds at most {MaxPageSize} items (asked for {size}); page through with 'after'.", ErrorCodes.PageSizeTooLarge);
        }

        return new PageRequest(size, backward, backward ? before : after);
    }

    private static ExecutionError Invalid(string message, string code) => new(message) { Code = code };
}
