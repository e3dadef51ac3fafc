using Microsoft.Extensions.Logging;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlerFilters;

namespace CrmGraph.Identity.Endpoints;

/// <summary>
/// Refuses a token request for a scope its client was not given with <c>invalid_scope</c>, as RFC 6749 §5.2
/// asks, so a partner portal can tell a scope it may not have from a malformed request. It replaces the
/// embedded server's own check, which makes the same decision but answers <c>invalid_request</c>.
/// </summary>
internal sealed partial class RejectUnpermittedScopes(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    /// <summary>The built-in check this one stands in for, at the same place in the pipeline and under the same conditions.</summary>
    public static OpenIddictServerHandlerDescriptor Replaced => OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor;

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .AddFilter<RequireClientIdParameter>()
            .AddFilter<RequireDegradedModeDisabled>()
            .AddFilter<RequireScopePermissionsEnabled>()
            .UseScopedHandler<RejectUnpermittedScopes>()
            .SetOrder(Replaced.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var application = await applications.FindByClientIdAsync(context.ClientId!).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The token endpoint authenticated a client that does not exist.");

        // openid and offline_access are protocol scopes, which the built-in check does not ask permission for either.
        foreach (var scope in context.Request.GetScopes().Where(s => s is not (Scopes.OpenId or Scopes.OfflineAccess)))
        {
            if (!await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope).ConfigureAwait(false))
            {
                LogScopeRefused(context.Logger, context.ClientId, scope);
                context.Reject(Errors.InvalidScope, $"The client is not allowed the scope '{scope}'.");
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The token request of client {ClientId} was refused: it is not allowed the scope {Scope}.")]
    private static partial void LogScopeRefused(ILogger logger, string? clientId, string scope);
}
