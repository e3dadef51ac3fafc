using CrmGraph.Identity.Clients;

namespace CrmGraph.GraphQL.Administration.Clients;

public sealed class OAuthClientType : ObjectGraphType<OAuthClientSummary>
{
    public OAuthClientType()
    {
        Name = "OAuthClient";
        Description = "An application registered with the embedded authorization server. Its secret is never shown again after it is made.";
        Field(c => c.ClientId);
        Field(c => c.DisplayName, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<ClientKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.PartnerCode, nullable: true).Description("The partner a partner client is bound to; its tokens see only that partner's customers.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Resolve(ctx => ctx.Source.Scopes)
            .Description("The scopes the client may ask for; none once disabled.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("redirectUris").Resolve(ctx => ctx.Source.RedirectUris);
        Field<InstantGraphType>("disabledAt").Resolve(ctx => ctx.Source.DisabledAt);
    }
}
