using CrmGraph.Domain.Customers;

namespace CrmGraph.GraphQL.Customers;

public sealed class CreateCustomerInputType : InputObjectGraphType<CustomerInput>
{
    public CreateCustomerInputType()
    {
        Name = "CreateCustomerInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"At most {Customer.MaxNameLength} characters.");
        Field<NonNullGraphType<EnumerationGraphType<CustomerKind>>>("kind").DefaultValue(CustomerKind.Person);
        Field<StringGraphType>("email");
        Field<StringGraphType>("phone");
        Field<StringGraphType>("city");
        Field<StringGraphType>("country");
        Field<NonNullGraphType<EnumerationGraphType<CustomerSegment>>>("segment").DefaultValue(CustomerSegment.Standard);
        Field<IdGraphType>("accountManagerId").Description("A StaffMember id.");
        Field<IdGraphType>("partnerId").Description("A Partner id.");
    }
}
