using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Churn;

public sealed class MarkCustomerChurnedInputType : InputObjectGraphType<MarkCustomerChurnedInput>
{
    public MarkCustomerChurnedInputType()
    {
        Name = "MarkCustomerChurnedInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<IntGraphType>("version").Description("The customer's version as read; when given, a stale version is a ConcurrencyConflictError.");
        Field<NonNullGraphType<EnumerationGraphType<ChurnCause>>>("cause")
            .Description("Product, service, staff or image lie with the company; customer-side, competitor, social and other outside it.");
        Field<StringGraphType>("note").Description($"What the customer said or what is known; at most {Customer.MaxChurnNoteLength} characters.");
    }
}
