using CrmGraph.Identity.Callers;
using Microsoft.AspNetCore.Authorization;

namespace CrmGraph.Identity.Authorization;

internal sealed class StaffRoleRequirementHandler : AuthorizationHandler<StaffRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRoleRequirement requirement)
    {
        var caller = Caller.From(context.User);
        if (caller.IsStaff && requirement.Roles.Contains(caller.Role, StringComparer.Ordinal))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"only staff with the role {string.Join(" or ", requirement.Roles)} may do this"));
        }

        return Task.CompletedTask;
    }
}
