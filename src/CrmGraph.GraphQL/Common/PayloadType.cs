namespace CrmGraph.GraphQL.Common;

/// <summary>A mutation payload type: the changed object under <paramref name="resultField"/>, plus <c>errors</c>.</summary>
public abstract class PayloadType<TResult, TResultGraphType> : ObjectGraphType<Payload<TResult>>
    where TResult : class
    where TResultGraphType : IGraphType
{
    protected PayloadType(string name, string resultField)
    {
        Name = name;
        Field<TResultGraphType>(resultField).Description("The changed object; null when there are errors.").Resolve(ctx => ctx.Source.Result);
        PayloadErrorsField.AddTo(this);
    }
}
