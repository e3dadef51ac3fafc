namespace CrmGraph.GraphQL.Common;

public sealed class PeriodInputType : InputObjectGraphType<PeriodInput>
{
    public PeriodInputType()
    {
        Name = "PeriodInput";
        Description = "A span of time: from its start (included) to its end (excluded), so that consecutive periods never count anything twice.";
        Field<NonNullGraphType<InstantGraphType>>("from").Description("The first instant of the period.");
        Field<NonNullGraphType<InstantGraphType>>("to").Description("The instant the period ends, itself not included.");
    }
}
