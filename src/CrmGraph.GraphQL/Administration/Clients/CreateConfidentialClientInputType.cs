using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

public sealed class CreateConfidentialClientInputType : InputObjectGraphType<CreateConfidentialClientInput>
{
    public CreateConfidentialClientInputType()
    {
        Name = "CreateConfidentialClientInput";
        Field<NonNullGraphType<StringGraphType>>("clientId").Description(ClientIdRules.Description);
        Field<NonNullGraphType<StringGraphType>>("displayName");
        Field<NonNullGraphType<EnumerationGraphType<ClientKind>>>("kind").Description("PARTNER (bound to partnerId) or INTERNAL (bound to no partner).");
        Field<IdGraphType>("partnerId").Description("The Partner a PARTNER client is bound to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description($"Chosen from what a machine client may have: {string.Join(", ", ClientScopes.AllowedFor(ClientKind.Partner))}.");
    }
}
