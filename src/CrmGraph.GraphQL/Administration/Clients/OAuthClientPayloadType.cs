namespace CrmGraph.GraphQL.Administration.Clients;

public sealed class OAuthClientPayloadType : ObjectGraphType<Payload<IssuedClient>>
{
    public OAuthClientPayloadType()
    {
        Name = "OAuthClientPayload";
        Field<OAuthClientType>("client").Description("The client as changed; null when there are errors.").Resolve(ctx => ctx.Source.Result?.Client);
        Field<StringGraphType>("clientSecret")
            .Description("The new secret of a confidential client, shown this once: only its hash is kept.")
            .Resolve(ctx => ctx.Source.Result?.Secret);
        Field<InstantGraphType>("previousSecretValidUntil")
            .Description("After a rotation, until when the replaced secret still works.")
            .Resolve(ctx => ctx.Source.Result?.PreviousSecretValidUntil);
        PayloadErrorsField.AddTo(this);
    }
}
