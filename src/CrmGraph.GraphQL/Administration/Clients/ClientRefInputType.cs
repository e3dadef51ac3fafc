namespace CrmGraph.GraphQL.Administration.Clients;

public sealed class ClientRefInputType : InputObjectGraphType<ClientRefInput>
{
    public ClientRefInputType()
    {
        Name = "ClientRefInput";
        Field<NonNullGraphType<StringGraphType>>("clientId");
    }
}
