using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Authorization;

/// <summary>
/// A policy requirement met by a <c>scope</c> claim, and its own handler (ASP.NET Core's pass-through handler
/// calls it); it counts its evaluations and says why it fails.
/// </summary>
public sealed class ScopeClaimRequirement(string scope) : AuthorizationHandler<ScopeClaimRequirement>, IAuthorizationRequirement
{
    public string Scope { get; } = scope;

    public int Evaluations { get; private set; }

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeClaimRequirement requirement)
    {
        requirement.Evaluations++;
        if (context.User.HasClaim("scope", requirement.Scope))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"missing scope {requirement.Scope}"));
        }

        return Task.CompletedTask;
    }

    public static ClaimsPrincipal User(params string[] scopes) =>
        new(new ClaimsIdentity(scopes.Select(s => new Claim("scope", s)).Append(new Claim(ClaimTypes.Role, "Staff")), "test"));

    public static ClaimsPrincipal Admin() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Admin")], "test"));
}
