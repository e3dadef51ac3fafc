using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

/// <summary>
/// A partial update: fields left out keep their value, fields sent as null are cleared. The version read
/// with the customer must be sent back; if someone saved in between, nothing is changed.
/// </summary>
public sealed class UpdateCustomerInputType : InputObjectGraphType
{
    public UpdateCustomerInputType()
    {
        Name = "UpdateCustomerInput";
        Description = "Fields left out keep their value; optional fields sent as null are cleared.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The customer's version as read; a stale version is a ConcurrencyConflictError.");
        Field<StringGraphType>("name");
        Field<EnumerationGraphType<CustomerKind>>("kind");
        Field<StringGraphType>("email");
        Field<StringGraphType>("phone");
        Field<StringGraphType>("city");
        Field<StringGraphType>("country");
        Field<EnumerationGraphType<CustomerSegment>>("segment");
        Field<IdGraphType>("accountManagerId");
        Field<IdGraphType>("partnerId");
    }
}
