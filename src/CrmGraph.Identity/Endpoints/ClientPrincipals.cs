using System.Globalization;
using System.Text.Json;
using CrmGraph.Data;
using CrmGraph.Identity.Callers;
using CrmGraph.Identity.Clients;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Identity.Endpoints;

/// <summary>Builds the claims of a machine client's token: its client id and, for a partner portal, its partner.</summary>
internal static class ClientPrincipals
{
    /// <summary>Null when the client is bound to a partner that no longer exists or was deactivated.</summary>
    public static async Task<ClaimsPrincipal?> CreateAsync(
        IOpenIddictApplicationManager applications, CrmDbContext db, OpenIddictRequest request, AuthOptions options, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The token endpoint authenticated a client that does not exist.");
        var name = await applications.GetDisplayNameAsync(application, cancellationToken).ConfigureAwait(false) ?? request.ClientId!;
        var identity = TokenIdentities.Create(request.ClientId!, name, options);

        var properties = await applications.GetPropertiesAsync(application, cancellationToken).ConfigureAwait(false);
        if (properties.TryGetValue(ClientProperties.Partner, out var code) && code.ValueKind == JsonValueKind.String)
        {
            // The token endpoint is the server's own work: it must find the partner whoever asks.
            var partnerCode = code.GetString();
            var partner = await db.Partners.IgnoreQueryFilters().AsNoTracking()
                .SingleOrDefaultAsync(p => p.Code == partnerCode, cancellationToken).ConfigureAwait(false);
            if (partner is not { Active: true })
            {
                return null;
            }

            identity.SetClaim(CrmClaimTypes.PartnerId, partner.Id.ToString(CultureInfo.InvariantCulture));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
