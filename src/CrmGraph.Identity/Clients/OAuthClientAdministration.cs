using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using OpenIddict.EntityFrameworkCore.Models;

namespace CrmGraph.Identity.Clients;

/// <summary>
/// Registers, rotates, disables and deletes the embedded server's OAuth clients. Secrets are returned once,
/// when made, and stored hashed by the server; disabling or deleting a client revokes what it was issued.
/// </summary>
public sealed class OAuthClientAdministration(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock)
{
    public async Task<IReadOnlyList<OAuthClientSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var summaries = new List<OAuthClientSummary>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken).ConfigureAwait(false))
        {
            summaries.Add(await SummaryAsync(application, cancellationToken).ConfigureAwait(false));
        }

        return summaries.OrderBy(s => s.ClientId, StringComparer.Ordinal).ToList();
    }

    public async Task<OAuthClientSummary?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken).ConfigureAwait(false) is { } application
            ? await SummaryAsync(application, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>Registers a confidential client and returns it with its secret, which is not kept in clear.</summary>
    public async Task<(OAuthClientSummary Client, string Secret)> CreateMachineAsync(
        string clientId, string displayName, string? partnerCode, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var secret = ClientSecrets.New();
        var application = await applications.CreateAsync(ClientDescriptors.Machine(clientId, secret, displayName, partnerCode, scopes), cancellationToken).ConfigureAwait(false);
        return (await SummaryAsync(application, cancellationToken).ConfigureAwait(false), secret);
    }

    public async Task<OAuthClientSummary> CreateFrontendAsync(
        string clientId, string displayName, IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutRedirectUris, CancellationToken cancellationToken)
    {
        var application = await applications.CreateAsync(ClientDescriptors.Frontend(clientId, displayName, redirectUris, postLogoutRedirectUris), cancellationToken).ConfigureAwait(false);
        return await SummaryAsync(application, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A new secret for a confidential client; the old one works until <paramref name="graceUntil"/>. Null for an unknown client.</summary>
    public async Task<string?> RotateSecretAsync(string clientId, DateTimeOffset graceUntil, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken).ConfigureAwait(false) is not OpenIddictEntityFrameworkCoreApplication application)
        {
            return null;
        }

        var secret = ClientSecrets.New();
        await ((RotatingSecretApplicationManager)applications).RotateSecretAsync(application, secret, graceUntil, cancellationToken).ConfigureAwait(false);
        return secret;
    }

    /// <summary>Takes every permission away, so the server issues the client nothing more, and revokes what it holds.</summary>
    public async Task<OAuthClientSummary?> DisableAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken).ConfigureAwait(false);
        if (application is null)
        {
            return null;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken).ConfigureAwait(false);
        descriptor.Permissions.Clear();
        descriptor.Properties[ClientProperties.DisabledAt] = JsonSerializer.SerializeToElement(clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await applications.UpdateAsync(application, descriptor, cancellationToken).ConfigureAwait(false);
        await RevokeIssuedAsync(application, cancellationToken).ConfigureAwait(false);
        return await SummaryAsync(application, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the client with its authorizations and tokens; false when there is none.</summary>
    public async Task<bool> DeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken).ConfigureAwait(false);
        if (application is null)
        {
            return false;
        }

        await applications.DeleteAsync(application, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Revokes the tokens and authorizations of every client bound to the partner <paramref name="partnerCode"/>.</summary>
    public async Task RevokePartnerClientsAsync(string partnerCode, CancellationToken cancellationToken)
    {
        foreach (var client in (await ListAsync(cancellationToken).ConfigureAwait(false)).Where(c => c.PartnerCode == partnerCode))
        {
            var application = await applications.FindByClientIdAsync(client.ClientId, cancellationToken).ConfigureAwait(false);
            await RevokeIssuedAsync(application!, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RevokeIssuedAsync(object application, CancellationToken cancellationToken)
    {
        var id = await applications.GetIdAsync(application, cancellationToken).ConfigureAwait(false);
        await tokens.RevokeByApplicationIdAsync(id!, cancellationToken).ConfigureAwait(false);
        await authorizations.RevokeByApplicationIdAsync(id!, cancellationToken).ConfigureAwait(false);
    }

    private async Task<OAuthClientSummary> SummaryAsync(object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken).ConfigureAwait(false);
        var partner = properties.TryGetValue(ClientProperties.Partner, out var code) ? code.GetString() : null;
        var disabledAt = properties.TryGetValue(ClientProperties.DisabledAt, out var at) ? DateTimeOffset.Parse(at.GetString()!, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var type = await applications.GetClientTypeAsync(application, cancellationToken).ConfigureAwait(false);
        var kind = type == ClientTypes.Public ? ClientKind.Frontend : partner is null ? ClientKind.Internal : ClientKind.Partner;
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken).ConfigureAwait(false);
        var redirects = await applications.GetRedirectUrisAsync(application, cancellationToken).ConfigureAwait(false);
        return new OAuthClientSummary(
            (await applications.GetClientIdAsync(application, cancellationToken).ConfigureAwait(false))!,
            await applications.GetDisplayNameAsync(application, cancellationToken).ConfigureAwait(false),
            kind,
            partner,
            ScopesOf(permissions),
            redirects.ToList(),
            disabledAt);
    }

    private static List<string> ScopesOf(ImmutableArray<string> permissions) =>
        permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .Where(s => s is not (Scopes.OfflineAccess or Scopes.Profile or Scopes.Email))
            .ToList();
}
