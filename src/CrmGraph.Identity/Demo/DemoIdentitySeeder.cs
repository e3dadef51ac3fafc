using System.Text.Json;
using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.Authorization;
using CrmGraph.Identity.Endpoints;
using CrmGraph.Identity.Ide;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Identity.Demo;

/// <summary>
/// Creates the demo clients and staff accounts when they are missing and describes them for the start-up
/// banner. The server calls it only in Development.
/// </summary>
public sealed class DemoIdentitySeeder(IOpenIddictApplicationManager applications, UserManager<StaffAccount> accounts, CrmDbContext db)
{
    /// <param name="ideRedirectUris">Where the browser IDE's sign-in may return to (the IDE on each address of this server).</param>
    /// <param name="cancellationToken">Stops the seeding.</param>
    public async Task<IReadOnlyList<string>> SeedAsync(IReadOnlyList<Uri> ideRedirectUris, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var (clientId, secret, partnerCode) in DemoIdentities.PartnerClients)
        {
            await EnsureClientAsync(MachineClient(clientId, secret, partnerCode), cancellationToken).ConfigureAwait(false);
            lines.Add($"partner client {clientId} / {secret} (partner {partnerCode}, client credentials)");
        }

        var (internalId, internalSecret) = DemoIdentities.InternalClient;
        await EnsureClientAsync(MachineClient(internalId, internalSecret, partnerCode: null), cancellationToken).ConfigureAwait(false);
        lines.Add($"internal client {internalId} / {internalSecret} (no partner: every customer, client credentials)");

        await EnsureClientAsync(StaffFrontEnd(DemoIdentities.WebClientId, "CrmGraph staff web app", [DemoIdentities.WebRedirectUri], [DemoIdentities.WebPostLogoutRedirectUri]), cancellationToken).ConfigureAwait(false);
        lines.Add($"staff web client {DemoIdentities.WebClientId} (public, authorization code + PKCE, redirect {DemoIdentities.WebRedirectUri})");

        // The server's address can change between runs on one database, so the IDE's redirects are brought up to date.
        await EnsureClientAsync(StaffFrontEnd(IdeSignIn.DefaultClientId, "CrmGraph GraphiQL IDE", ideRedirectUris, []), cancellationToken, updateRedirects: true).ConfigureAwait(false);
        lines.Add($"IDE client {IdeSignIn.DefaultClientId} (public, authorization code + PKCE, redirect {string.Join(", ", ideRedirectUris)})");

        foreach (var role in DemoIdentities.StaffRoles)
        {
            var staff = await db.StaffMembers.AsNoTracking().Where(s => s.Role == role && s.Active).OrderBy(s => s.Id)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (staff is not null)
            {
                await EnsureAccountAsync(staff.Id, staff.Email).ConfigureAwait(false);
                lines.Add($"staff {staff.Email} / {DemoIdentities.StaffPassword} ({role})");
            }
        }

        return lines;
    }

    private async Task EnsureClientAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken, bool updateRedirects = false)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken).ConfigureAwait(false);
        }
        else if (updateRedirects)
        {
            var stored = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(stored, existing, cancellationToken).ConfigureAwait(false);
            if (!stored.RedirectUris.SetEquals(descriptor.RedirectUris))
            {
                stored.RedirectUris.Clear();
                stored.RedirectUris.UnionWith(descriptor.RedirectUris);
                await applications.UpdateAsync(existing, stored, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task EnsureAccountAsync(int staffMemberId, string email)
    {
        if (await accounts.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            return;
        }

        var account = new StaffAccount { StaffMemberId = staffMemberId, UserName = email, Email = email, EmailConfirmed = true };
        var created = await accounts.CreateAsync(account, DemoIdentities.StaffPassword).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The demo account {email} could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>A confidential client-credentials client, bound to the partner <paramref name="partnerCode"/> when one is given.</summary>
    private static OpenIddictApplicationDescriptor MachineClient(string clientId, string secret, string? partnerCode)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = partnerCode is null ? "Internal integration" : $"Partner portal {partnerCode}",
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Introspection,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + CrmScopes.Read,
                Permissions.Prefixes.Scope + CrmScopes.Write,
                Permissions.Prefixes.Scope + CrmScopes.SubscribeComplaints,
            },
        };
        if (partnerCode is not null)
        {
            descriptor.Properties[ClientPrincipals.PartnerProperty] = JsonSerializer.SerializeToElement(partnerCode);
        }

        return descriptor;
    }

    /// <summary>A public staff front-end: authorization code + PKCE, refresh tokens, every staff scope.</summary>
    private static OpenIddictApplicationDescriptor StaffFrontEnd(string clientId, string displayName, IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutRedirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var scope in CrmScopes.All)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Permissions.Add(Permissions.Prefixes.Scope + Scopes.OfflineAccess);
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris);
        return descriptor;
    }
}
