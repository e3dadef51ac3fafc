namespace CrmGraph.GraphQL.Administration.Partners;

internal static class PartnerAdministration
{
    public static void AddTo(ObjectGraphType mutation)
    {
        AdministrationFields.Add<PartnerPayloadType, CreatePartnerInputType>(mutation, "createPartner", "Registers a partner organization.", async ctx =>
            await ctx.Command<CreatePartnerCommand>().ExecuteAsync(ctx.GetArgument<CreatePartnerInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<PartnerPayloadType, UpdatePartnerInputType>(mutation, "updatePartner", "Changes a partner's name, region and contact.", async ctx =>
            await ctx.Command<UpdatePartnerCommand>().ExecuteAsync(ctx.GetArgument<UpdatePartnerInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<PartnerPayloadType, DeactivatePartnerInputType>(mutation, "deactivatePartner", "Deactivates a partner: its clients get no more tokens and lose those they hold.", async ctx =>
            await ctx.Command<DeactivatePartnerCommand>().ExecuteAsync(ctx.GetArgument<DeactivatePartnerInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
    }
}
