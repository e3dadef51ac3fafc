namespace CrmGraph.GraphQL.Complaints;

/// <summary>An input type of a complaint change: the complaint's id and the version read, then the change's own fields.</summary>
public abstract class ComplaintChangeInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : ComplaintChangeInput
{
    protected ComplaintChangeInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Description($"A {ComplaintType.TypeName} id.");
        Field<IntGraphType>("version")
            .Description("The complaint's version as read. When given and someone saved since, the result is a ConcurrencyConflictError and nothing changes.");
    }
}
