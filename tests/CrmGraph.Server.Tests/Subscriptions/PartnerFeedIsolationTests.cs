using static CrmGraph.Server.Tests.Complaints.ComplaintApi;

namespace CrmGraph.Server.Tests.Subscriptions;

/// <summary>A partner's complaint feed carries its own customers' complaints and never another partner's.</summary>
[Collection(ServerCollection.Name)]
public sealed class PartnerFeedIsolationTests(CrmServerFixture server)
{
    [Theory]
    [InlineData("partner-north", "partner-south")]
    [InlineData("partner-south", "partner-north")]
    public async Task A_partner_hears_a_complaint_of_its_own_customer_and_not_one_of_another_partners(string partner, string otherPartner)
    {
        using var own = await server.PartnerClientAsync(partner);
        using var other = await server.PartnerClientAsync(otherPartner);
        var ownCustomer = await CustomerIdAsync(own);
        var otherCustomer = await CustomerIdAsync(other);
        await using var feed = await ComplaintFeed.ListeningAsync(
            server.BaseAddress, server.Services, own.AccessToken!, "complaintFiled", KeyOf(await FiledAsync(server.Client, ownCustomer)));

        // Staff file both; the other partner's goes first, so that, had it passed, it would be heard first.
        var othersComplaint = await FiledAsync(server.Client, otherCustomer);
        var ownComplaint = await FiledAsync(server.Client, ownCustomer);

        var heard = await feed.NextAsync();
        Assert.Equal(KeyOf(ownComplaint), KeyOf(heard));
        Assert.Equal(ownCustomer, heard.GetProperty("customer").GetProperty("id").GetString());
        Assert.NotEqual(KeyOf(othersComplaint), KeyOf(heard));
    }
}
