using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Administration.Partners;

public sealed class CreatePartnerInputType : InputObjectGraphType<CreatePartnerInput>
{
    public CreatePartnerInputType()
    {
        Name = "CreatePartnerInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description($"Unique; 1 to {Partner.MaxCodeLength} letters, digits, '-' or '_', stored in upper case.");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"At most {Partner.MaxNameLength} characters.");
        Field<StringGraphType>("region");
        Field<StringGraphType>("contactEmail");
    }
}
