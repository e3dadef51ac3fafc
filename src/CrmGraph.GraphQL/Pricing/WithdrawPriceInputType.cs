namespace CrmGraph.GraphQL.Pricing;

public sealed class WithdrawPriceInputType : InputObjectGraphType<ScheduledPriceInput>
{
    public WithdrawPriceInputType()
    {
        Name = "WithdrawPriceInput";
        Field<NonNullGraphType<IdGraphType>>("priceId").Description($"A {PriceType.TypeName} id whose validFrom is still ahead.");
    }
}
