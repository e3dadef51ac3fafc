using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;

namespace CrmGraph.Identity.Clients;

/// <summary>
/// The application manager, also accepting a confidential client's previous secret until the grace period of its
/// last rotation ends, so a partner can switch to the new secret without an outage.
/// </summary>
internal sealed class RotatingSecretApplicationManager(
    IOpenIddictApplicationCache<OpenIddictEntityFrameworkCoreApplication> cache,
    ILogger<OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication> store,
    TimeProvider clock)
    : OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>(cache, logger, options, store)
{
    public override async ValueTask<bool> ValidateClientSecretAsync(OpenIddictEntityFrameworkCoreApplication application, string secret, CancellationToken cancellationToken = default)
    {
        if (await base.ValidateClientSecretAsync(application, secret, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var properties = await GetPropertiesAsync(application, cancellationToken).ConfigureAwait(false);
        return properties.TryGetValue(ClientProperties.PreviousSecret, out var previous)
            && properties.TryGetValue(ClientProperties.PreviousSecretExpires, out var expires)
            && DateTimeOffset.Parse(expires.GetString()!, CultureInfo.InvariantCulture) > clock.GetUtcNow()
            && await ValidateClientSecretAsync(secret, previous.GetString()!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives the client <paramref name="newSecret"/>, keeping the current one valid until <paramref name="graceUntil"/>.</summary>
    public async ValueTask RotateSecretAsync(OpenIddictEntityFrameworkCoreApplication application, string newSecret, DateTimeOffset graceUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var descriptor = new OpenIddictApplicationDescriptor();
        await PopulateAsync(descriptor, application, cancellationToken).ConfigureAwait(false);

        // The populated secret is the stored hash, so the old secret itself is never seen again.
        descriptor.Properties[ClientProperties.PreviousSecret] = JsonSerializer.SerializeToElement(descriptor.ClientSecret);
        descriptor.Properties[ClientProperties.PreviousSecretExpires] = JsonSerializer.SerializeToElement(graceUntil.ToString("O", CultureInfo.InvariantCulture));
        descriptor.ClientSecret = newSecret;
        await UpdateAsync(application, descriptor, cancellationToken).ConfigureAwait(false);
    }
}
