using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.Clients;
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
            var client = ClientDescriptors.Machine(clientId, secret, $"Partner portal {partnerCode}", partnerCode, ClientScopes.AllowedFor(ClientKind.Partner));
            await EnsureClientAsync(client, cancellationToken).ConfigureAwait(false);
            lines.Add($"partner client {clientId} / {secret} (partner {partnerCode}, client credentials)");
        }

        var (internalId, internalSecret) = DemoIdentities.InternalClient;
        var integration = ClientDescriptors.Machine(internalId, internalSecret, "Internal integration", partnerCode: null, ClientScopes.AllowedFor(ClientKind.Internal));
        await EnsureClientAsync(integration, cancellationToken).ConfigureAwait(false);
        lines.Add($"internal client {internalId} / {internalSecret} (no partner: every customer, client credentials)");

        var web = ClientDescriptors.Frontend(DemoIdentities.WebClientId, "CrmGraph staff web app", [DemoIdentities.WebRedirectUri], [DemoIdentities.WebPostLogoutRedirectUri]);
        await EnsureClientAsync(web, cancellationToken).ConfigureAwait(false);
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
}
