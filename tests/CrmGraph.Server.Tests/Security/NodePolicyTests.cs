using CrmGraph.GraphQL.Common;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Security;

/// <summary>
/// <c>node</c> and <c>nodes</c> show an object only to whom its type's own root field would: price lists need price
/// administration, and a partner sees a staff member only as the account manager of one of its customers.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class NodePolicyTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_partner_reads_no_price_list_through_nodes_while_a_price_administrator_does()
    {
        var priceListId = GlobalId.Encode("PriceList", await server.InDatabaseAsync(db => db.PriceLists.Select(l => l.Id).FirstAsync()));
        const string Query = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on PriceList { code } } }";
        using var partner = await server.PartnerClientAsync("partner-north", "crm.read");

        var refused = await partner.DataAsync(Query, new { ids = new[] { priceListId } });
        var allowed = await server.Client.DataAsync(Query, new { ids = new[] { priceListId } });

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("nodes")[0].ValueKind);
        Assert.Equal(priceListId, allowed.GetProperty("nodes")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_partner_sees_by_id_only_the_staff_who_manage_its_customers()
    {
        var northId = await server.PartnerIdAsync("NORTH");
        var (manager, stranger) = await server.InDatabaseAsync(async db =>
        {
            var managers = await db.Customers.Where(c => c.PartnerId == northId && c.AccountManagerId != null)
                .Select(c => c.AccountManagerId!.Value).Distinct().ToListAsync();
            var other = await db.StaffMembers.Where(s => !managers.Contains(s.Id)).Select(s => s.Id).FirstAsync();
            return (managers[0], other);
        });
        const string Query = "query($id: ID!) { node(id: $id) { id ... on StaffMember { name } } }";
        using var partner = await server.PartnerClientAsync("partner-north", "crm.read");

        var managerNode = (await partner.DataAsync(Query, new { id = GlobalId.Encode("StaffMember", manager) })).GetProperty("node");
        var strangerNode = (await partner.DataAsync(Query, new { id = GlobalId.Encode("StaffMember", stranger) })).GetProperty("node");
        var strangerForStaff = (await server.Client.DataAsync(Query, new { id = GlobalId.Encode("StaffMember", stranger) })).GetProperty("node");

        Assert.False(string.IsNullOrEmpty(managerNode.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, strangerNode.ValueKind);
        Assert.False(string.IsNullOrEmpty(strangerForStaff.GetProperty("name").GetString()));
    }
}
