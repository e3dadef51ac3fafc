namespace CrmGraph.GraphQL.Common;

internal static class PayloadErrorsField
{
    /// <summary>Adds a payload's <c>errors</c>: the typed user errors, empty on success.</summary>
    public static void AddTo<T>(ObjectGraphType<Payload<T>> payload, string description = "The rules the input broke; empty on success. Nothing is changed when there are errors.")
        where T : class =>
        payload.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description(description)
            .Resolve(ctx => ctx.Source.Errors);
}
