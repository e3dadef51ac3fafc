namespace CrmGraph.GraphQL.Administration.Clients;

internal static class ClientAdministration
{
    public static void AddTo(ObjectGraphType mutation)
    {
        AdministrationFields.Add<OAuthClientPayloadType, CreateConfidentialClientInputType>(mutation, "createConfidentialClient", "Registers a client-credentials client for a partner or an internal integration; its secret is in the payload, once.", async ctx =>
            await ctx.Command<CreateConfidentialClientCommand>().ExecuteAsync(ctx.GetArgument<CreateConfidentialClientInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<OAuthClientPayloadType, CreatePublicClientInputType>(mutation, "createPublicClient", "Registers a staff front-end (authorization code with PKCE).", async ctx =>
            await ctx.Command<CreatePublicClientCommand>().ExecuteAsync(ctx.GetArgument<CreatePublicClientInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<OAuthClientPayloadType, ClientRefInputType>(mutation, "rotateClientSecret", "Gives a confidential client a new secret; the old one works until previousSecretValidUntil.", async ctx =>
            await ctx.Command<RotateClientSecretCommand>().ExecuteAsync(ctx.GetArgument<ClientRefInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<OAuthClientPayloadType, ClientRefInputType>(mutation, "disableClient", "Disables a client and revokes its tokens.", async ctx =>
            await ctx.Command<DisableClientCommand>().ExecuteAsync(ctx.GetArgument<ClientRefInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<OAuthClientPayloadType, ClientRefInputType>(mutation, "deleteClient", "Deletes a client with its grants and tokens.", async ctx =>
            await ctx.Command<DeleteClientCommand>().ExecuteAsync(ctx.GetArgument<ClientRefInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
    }
}
