using CrmGraph.Domain.Staff;
using CrmGraph.Identity.Authorization;

namespace CrmGraph.Identity.Tests.Authorization;

public sealed class CrmRolesTests
{
    [Theory]
    [InlineData(StaffRole.Agent)]
    [InlineData(StaffRole.Technician)]
    public void Agents_and_technicians_are_never_granted_price_administration(StaffRole role)
    {
        var scopes = CrmRoles.GrantableScopes(role);

        Assert.DoesNotContain(CrmScopes.PricingAdmin, scopes);
        Assert.Contains(CrmScopes.StaffPerformance, scopes);
    }

    [Fact]
    public void Administrators_may_be_granted_every_scope() =>
        Assert.True(CrmRoles.GrantableScopes(StaffRole.Administrator).SetEquals(CrmScopes.All));

    [Theory]
    [InlineData(StaffRole.Agent)]
    [InlineData(StaffRole.Technician)]
    [InlineData(StaffRole.ServiceManager)]
    public void Only_administrators_are_granted_administration(StaffRole role)
    {
        var scopes = CrmRoles.GrantableScopes(role);

        Assert.DoesNotContain(CrmScopes.Admin, scopes);
        Assert.Equal(role == StaffRole.ServiceManager, scopes.Contains(CrmScopes.PricingAdmin));
    }
}
