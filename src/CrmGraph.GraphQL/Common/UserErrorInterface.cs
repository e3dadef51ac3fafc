namespace CrmGraph.GraphQL.Common;

/// <summary>A rule the caller broke, returned in a payload's <c>errors</c> so clients can branch on its type.</summary>
public sealed class UserErrorInterface : InterfaceGraphType<DomainError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "A rule the input broke. Nothing was changed.";
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, in words a person can act on.");
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable machine-readable code.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path").Description("The input field at fault, when there is one.");
    }
}
