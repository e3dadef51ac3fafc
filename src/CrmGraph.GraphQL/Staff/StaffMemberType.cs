using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

public sealed class StaffMemberType : NodeGraphType<StaffMember>
{
    public const string TypeName = "StaffMember";

    public StaffMemberType()
        : base(TypeName, s => s.Id, "A person who delivers the service and signs in to staff apps.")
    {
        Field(s => s.Name).Description("Visible to every caller: a partner sees who manages its customers.");

        // The rest is the staff directory, for staff only, however the staff member is reached (node(id) too).
        Field(s => s.Email).AuthorizeWithPolicy(CrmPolicies.Staff);
        Field<NonNullGraphType<EnumerationGraphType<StaffRole>>>("role").Resolve(ctx => ctx.Source.Role).AuthorizeWithPolicy(CrmPolicies.Staff);
        Field(s => s.Team).AuthorizeWithPolicy(CrmPolicies.Staff);
        Field(s => s.Active).AuthorizeWithPolicy(CrmPolicies.Staff);
        StaffPerformanceField.AddTo(this);
    }
}
