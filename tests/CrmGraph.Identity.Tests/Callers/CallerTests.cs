using CrmGraph.Identity.Callers;

namespace CrmGraph.Identity.Tests.Callers;

public sealed class CallerTests
{
    [Fact]
    public void A_partner_token_names_its_partner_and_scopes_from_one_space_separated_claim()
    {
        var caller = Caller.From(Principal(("sub", "partner-north"), ("client_id", "partner-north"), ("partner_id", "7"), ("scope", "crm.read crm.write")));

        Assert.True(caller.IsPartner);
        Assert.False(caller.IsStaff);
        Assert.Equal(7, caller.PartnerId);
        Assert.Equal("partner-north", caller.ClientId);
        Assert.True(caller.HasScope("crm.write"));
        Assert.False(caller.HasScope("crm"));
    }

    [Fact]
    public void A_staff_token_names_the_staff_member_and_role()
    {
        var caller = Caller.From(Principal(("sub", "12"), ("staff_id", "3"), ("role", "ServiceManager"), ("scope", "crm.read")));

        Assert.True(caller.IsStaff);
        Assert.False(caller.IsPartner);
        Assert.Equal(3, caller.StaffId);
        Assert.Equal("ServiceManager", caller.Role);
    }

    [Fact]
    public void Scopes_are_read_whether_one_claim_each_or_as_scp_from_other_providers()
    {
        var caller = Caller.From(Principal(("sub", "x"), ("scope", "crm.read"), ("scope", "crm.write"), ("scp", "pricing.admin")));

        Assert.Equal(["crm.read", "crm.write", "pricing.admin"], caller.Scopes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Malformed_ids_are_not_taken_for_a_partner_or_staff_member()
    {
        var caller = Caller.From(Principal(("sub", "x"), ("partner_id", "north"), ("staff_id", "-1")));

        Assert.Null(caller.PartnerId);
        Assert.Null(caller.StaffId);
        Assert.False(caller.IsPartner);
    }

    [Fact]
    public void An_anonymous_principal_is_no_caller_at_all()
    {
        var caller = Caller.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim("partner_id", "1"), new Claim("scope", "crm.read")])));

        Assert.False(caller.IsAuthenticated);
        Assert.False(caller.IsPartner);
        Assert.Empty(caller.Scopes);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));
}
