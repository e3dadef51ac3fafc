using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace CrmGraph.Identity.Validation;

/// <summary>
/// Refuses an access token whose standing was withdrawn (<see cref="AccessStanding"/>) once its signature, lifetime
/// and audience have passed. It runs wherever a token is validated: bearer requests and WebSocket connections alike.
/// </summary>
internal sealed class RefuseWithdrawnAccess(AccessStanding standing) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RefuseWithdrawnAccess>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateAuthorizationEntry.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { } principal)
        {
            return;
        }

        if (await standing.RefusalAsync(principal, context.CancellationToken).ConfigureAwait(false) is { } refusal)
        {
            context.Reject(Errors.InvalidToken, refusal);
        }
    }
}
