using Microsoft.AspNetCore.Authorization;

namespace CrmGraph.Identity.Authorization;

/// <summary>The access token must carry <see cref="Scope"/>.</summary>
public sealed class ScopeRequirement(string scope) : IAuthorizationRequirement
{
    public string Scope { get; } = scope;
}
