namespace CrmGraph.GraphQL.Common;

/// <summary>One entry of an <c>order</c> argument: a field of the list and which way it runs.</summary>
public sealed class Sort<TField>
    where TField : struct, Enum
{
    public TField Field { get; set; }

    public SortDirection Direction { get; set; }
}
