using CrmGraph.GraphQL.Administration.Clients;
using CrmGraph.GraphQL.Administration.Partners;
using CrmGraph.GraphQL.Administration.Staff;

namespace CrmGraph.GraphQL.Administration;

/// <summary>The organisation's administration: partners, staff members and their accounts, OAuth clients.</summary>
internal static class AdministrationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        PartnerAdministration.AddTo(mutation);
        StaffAdministration.AddTo(mutation);
        ClientAdministration.AddTo(mutation);
    }
}
