namespace CrmGraph.GraphQL.Common;

/// <summary>The input type of one <c>order</c> entry over the fields <typeparamref name="TField"/>.</summary>
public abstract class SortInputType<TField> : InputObjectGraphType<Sort<TField>>
    where TField : struct, Enum
{
    protected SortInputType(string name)
    {
        Name = name;
        Description = "One ordering key; ties are broken by the next key, finally by id.";
        Field<NonNullGraphType<EnumerationGraphType<TField>>>("field");
        Field<NonNullGraphType<EnumerationGraphType<SortDirection>>>("direction").DefaultValue(SortDirection.Asc);
    }
}
