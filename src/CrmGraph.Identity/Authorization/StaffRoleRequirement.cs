using Microsoft.AspNetCore.Authorization;

namespace CrmGraph.Identity.Authorization;

/// <summary>The caller must be a signed-in staff member with one of <see cref="Roles"/>.</summary>
public sealed class StaffRoleRequirement(params string[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
