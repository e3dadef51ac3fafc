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

    [Theory]
    [InlineData(StaffRole.ServiceManager)]
    [InlineData(StaffRole.Administrator)]
    public void Managers_and_administrators_may_be_granted_every_scope(StaffRole role) =>
        Assert.True(CrmRoles.GrantableScopes(role).SetEquals(CrmScopes.All));
}
