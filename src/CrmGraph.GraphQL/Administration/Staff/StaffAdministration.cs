namespace CrmGraph.GraphQL.Administration.Staff;

internal static class StaffAdministration
{
    public static void AddTo(ObjectGraphType mutation)
    {
        AdministrationFields.Add<StaffMemberPayloadType, CreateStaffMemberInputType>(mutation, "createStaffMember", "Adds a staff member; invite them to get an account.", async ctx =>
            await ctx.Command<CreateStaffMemberCommand>().ExecuteAsync(ctx.GetArgument<CreateStaffMemberInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<StaffMemberPayloadType, UpdateStaffMemberInputType>(mutation, "updateStaffMember", "Changes a staff member's role and team.", async ctx =>
            await ctx.Command<UpdateStaffMemberCommand>().ExecuteAsync(ctx.GetArgument<UpdateStaffMemberInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<StaffDeactivationPayloadType, StaffMemberRefInputType>(mutation, "deactivateStaffMember", "Deactivates a staff member, ends their sessions and tokens, and lists their open complaints.", async ctx =>
            await ctx.Command<DeactivateStaffMemberCommand>().ExecuteAsync(ctx.GetArgument<StaffMemberRefInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<StaffAccountLinkPayloadType, StaffMemberRefInputType>(mutation, "inviteStaffAccount", "Makes a staff member's account and returns the one-time link at which they set their password.", async ctx =>
            await ctx.Command<IssueSetPasswordLinkCommand>().ExecuteAsync(ctx.GetArgument<StaffMemberRefInput>("input"), SetPasswordLinkPurpose.Invitation, AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<StaffAccountLinkPayloadType, StaffMemberRefInputType>(mutation, "resetStaffPassword", "Returns a one-time link at which the staff member sets a new password.", async ctx =>
            await ctx.Command<IssueSetPasswordLinkCommand>().ExecuteAsync(ctx.GetArgument<StaffMemberRefInput>("input"), SetPasswordLinkPurpose.Reset, AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<StaffMemberPayloadType, StaffMemberRefInputType>(mutation, "unlockStaffAccount", "Lifts the lockout of a staff member's account.", async ctx =>
            await ctx.Command<UnlockStaffAccountCommand>().ExecuteAsync(ctx.GetArgument<StaffMemberRefInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
        AdministrationFields.Add<StaffMemberPayloadType, StaffMemberRefInputType>(mutation, "resetStaffAuthenticator", "Turns off a staff member's authenticator codes and forgets their key and recovery codes, for a lost phone.", async ctx =>
            await ctx.Command<ResetStaffAuthenticatorCommand>().ExecuteAsync(ctx.GetArgument<StaffMemberRefInput>("input"), AdministrativeActor.Of(ctx), ctx.CancellationToken).ConfigureAwait(false));
    }
}
