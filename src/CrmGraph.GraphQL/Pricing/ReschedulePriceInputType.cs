namespace CrmGraph.GraphQL.Pricing;

public sealed class ReschedulePriceInputType : InputObjectGraphType<ScheduledPriceInput>
{
    public ReschedulePriceInputType()
    {
        Name = "ReschedulePriceInput";
        Description = "A price change not yet in force, with its new amount and instant.";
        Field<NonNullGraphType<IdGraphType>>("priceId").Description($"A {PriceType.TypeName} id whose validFrom is still ahead.");
        Field<NonNullGraphType<MoneyInputType>>("amount");
        Field<NonNullGraphType<InstantGraphType>>("effectiveFrom").Description("Never in the past; after the start of the price it replaces.");
    }
}
