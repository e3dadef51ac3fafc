namespace CrmGraph.GraphQL.Administration.Partners;

public sealed class DeactivatePartnerInputType : InputObjectGraphType<DeactivatePartnerInput>
{
    public DeactivatePartnerInputType()
    {
        Name = "DeactivatePartnerInput";
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The partner's version as read; a stale one is a ConcurrencyConflictError.");
    }
}
