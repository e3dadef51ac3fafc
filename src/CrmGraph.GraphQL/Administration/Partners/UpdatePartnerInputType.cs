namespace CrmGraph.GraphQL.Administration.Partners;

public sealed class UpdatePartnerInputType : InputObjectGraphType<UpdatePartnerInput>
{
    public UpdatePartnerInputType()
    {
        Name = "UpdatePartnerInput";
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The partner's version as read; a stale one is a ConcurrencyConflictError.");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("region").Description("Null clears it.");
        Field<StringGraphType>("contactEmail").Description("Null clears it.");
    }
}
