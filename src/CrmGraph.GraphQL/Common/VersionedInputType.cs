namespace CrmGraph.GraphQL.Common;

/// <summary>An edit's input type: the object's id and the version read, then the edit's own fields.</summary>
public class VersionedInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : VersionedInput
{
    public VersionedInputType(string name, string typeName, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Description($"A {typeName} id.");
        Field<IntGraphType>("version")
            .Description("The version as read. When given and someone saved since, the result is a ConcurrencyConflictError and nothing changes.");
    }
}
