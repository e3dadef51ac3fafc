using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

public sealed class StaffMemberType : NodeGraphType<StaffMember>
{
    public const string TypeName = "StaffMember";

    public StaffMemberType()
        : base(TypeName, s => s.Id, "A person who delivers the service and signs in to staff apps.")
    {
        Field(s => s.Name);
        Field(s => s.Email);
        Field<NonNullGraphType<EnumerationGraphType<StaffRole>>>("role").Resolve(ctx => ctx.Source.Role);
        Field(s => s.Team);
        Field(s => s.Active);
    }
}
