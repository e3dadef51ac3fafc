namespace CrmGraph.GraphQL.Common;

public sealed class MoneyType : ObjectGraphType<Money>
{
    public MoneyType()
    {
        Name = "Money";
        Description = "An exact decimal amount in one currency.";
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(ctx => ctx.Source.Amount);
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 code.").Resolve(ctx => ctx.Source.Currency);
    }
}
