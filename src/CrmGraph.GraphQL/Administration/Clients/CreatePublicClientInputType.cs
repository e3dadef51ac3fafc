namespace CrmGraph.GraphQL.Administration.Clients;

public sealed class CreatePublicClientInputType : InputObjectGraphType<CreatePublicClientInput>
{
    public CreatePublicClientInputType()
    {
        Name = "CreatePublicClientInput";
        Field<NonNullGraphType<StringGraphType>>("clientId").Description(ClientIdRules.Description);
        Field<NonNullGraphType<StringGraphType>>("displayName");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("redirectUris")
            .Description("Absolute addresses, matched exactly; https outside Development.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("postLogoutRedirectUris");
    }
}
