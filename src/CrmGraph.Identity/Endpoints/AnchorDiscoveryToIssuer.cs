using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CrmGraph.Identity.Endpoints;

/// <summary>
/// Names every endpoint of the discovery document under the configured issuer rather than under the address the
/// request came to, so a forged <c>Host</c> header cannot send clients elsewhere.
/// </summary>
internal sealed class AnchorDiscoveryToIssuer(AuthOptions options) : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseSingletonHandler<AnchorDiscoveryToIssuer>()
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Issuer is { } issuer && context.BaseUri is { } requestBase)
        {
            Uri? Anchor(Uri? endpoint) =>
                endpoint is not null && requestBase.IsBaseOf(endpoint)
                    ? new Uri(issuer, requestBase.MakeRelativeUri(endpoint))
                    : endpoint;

            context.AuthorizationEndpoint = Anchor(context.AuthorizationEndpoint);
            context.TokenEndpoint = Anchor(context.TokenEndpoint);
            context.EndSessionEndpoint = Anchor(context.EndSessionEndpoint);
            context.IntrospectionEndpoint = Anchor(context.IntrospectionEndpoint);
            context.RevocationEndpoint = Anchor(context.RevocationEndpoint);
            context.JsonWebKeySetEndpoint = Anchor(context.JsonWebKeySetEndpoint);
            context.UserInfoEndpoint = Anchor(context.UserInfoEndpoint);
            context.DeviceAuthorizationEndpoint = Anchor(context.DeviceAuthorizationEndpoint);
            context.PushedAuthorizationEndpoint = Anchor(context.PushedAuthorizationEndpoint);
        }

        return ValueTask.CompletedTask;
    }
}
