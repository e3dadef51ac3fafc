using CrmGraph.Domain.Partners;

namespace CrmGraph.GraphQL.Partners;

public sealed class PartnerType : NodeGraphType<Partner>
{
    public const string TypeName = "Partner";

    public PartnerType()
        : base(TypeName, p => p.Id, "A dealer, service outlet or partner organization that owns a set of customers.")
    {
        Field(p => p.Code);
        Field(p => p.Name);
        Field(p => p.Region, nullable: true);
        Field(p => p.ContactEmail, nullable: true);
        ScorecardQueries.AddTo(this);

        Field(p => p.Active).Description("A deactivated partner's clients get no tokens.");
        Field(p => p.Version).Description("Changes on every save; administrative changes send back the version they read.");
    }
}
