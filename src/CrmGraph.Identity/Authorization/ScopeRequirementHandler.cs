using CrmGraph.Identity.Callers;
using Microsoft.AspNetCore.Authorization;

namespace CrmGraph.Identity.Authorization;

internal sealed class ScopeRequirementHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (Caller.From(context.User).HasScope(requirement.Scope))
        {
            context.Succeed(requirement);
        }
        else
        {
            // The reason is shown to the caller, so it names what is missing and nothing else.
            context.Fail(new AuthorizationFailureReason(this, $"the access token lacks the scope '{requirement.Scope}'"));
        }

        return Task.CompletedTask;
    }
}
