namespace CrmGraph.GraphQL.Common;

public sealed class MoneyInputType : InputObjectGraphType<Money>
{
    public MoneyInputType()
    {
        Name = "MoneyInput";
        Description = "An exact decimal amount in one currency.";
        Field<NonNullGraphType<DecimalGraphType>>("amount");
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217 code.");
    }

    // Money has no setters to bind to; it is built from both fields at once.
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Money((decimal)value["amount"]!, (string)value["currency"]!);
    }
}
