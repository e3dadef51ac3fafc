using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Administration.Staff;

public sealed class StaffAccountLinkPayloadType : ObjectGraphType<Payload<StaffAccountLink>>
{
    public StaffAccountLinkPayloadType()
    {
        Name = "StaffAccountLinkPayload";
        Field<StaffMemberType>("staffMember").Resolve(ctx => ctx.Source.Result?.StaffMember);
        Field<StringGraphType>("setPasswordLink")
            .Description("Give it to the staff member only: it sets the account's password, once, until it expires.")
            .Resolve(ctx => ctx.Source.Result?.Link.Address.AbsoluteUri);
        Field<InstantGraphType>("expiresAt").Resolve(ctx => ctx.Source.Result?.Link.ExpiresAt);
        PayloadErrorsField.AddTo(this);
    }
}
