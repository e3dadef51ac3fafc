using System.Text.Json;
using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.Authorization;
using CrmGraph.Identity.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Identity.Demo;

/// <summary>
/// Creates the demo clients and staff accounts when they are missing and describes them for the start-up
/// banner. The server calls it only in Development.
/// </summary>
public sealed class DemoIdentitySeeder(IOpenIddictApplicationManager applications, UserManager<StaffAccount> accounts, CrmDbContext db)
{
    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken cancellationToken)
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

        await EnsureClientAsync(WebClient(), cancellationToken).ConfigureAwait(false);
        lines.Add($"staff web client {DemoIdentities.WebClientId} (public, authorization code + PKCE, redirect {DemoIdentities.WebRedirectUri})");

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

    private async Task EnsureClientAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken).ConfigureAwait(false) is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken).ConfigureAwait(false);
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

    private static OpenIddictApplicationDescriptor WebClient()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = DemoIdentities.WebClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "CrmGraph staff web app",
            RedirectUris = { DemoIdentities.WebRedirectUri },
            PostLogoutRedirectUris = { DemoIdentities.WebPostLogoutRedirectUri },
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
        return descriptor;
    }
}
