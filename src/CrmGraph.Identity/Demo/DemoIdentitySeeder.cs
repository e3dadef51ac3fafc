using CrmGraph.Data;
using CrmGraph.Data.Accounts;
using CrmGraph.Identity.Ide;
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
    /// <param name="ideRedirectUris">Where the browser IDE's sign-in may return to (the IDE on each address of this server).</param>
    /// <param name="cancellationToken">Stops the seeding.</param>
    public async Task<IReadOnlyList<string>> SeedAsync(IReadOnlyList<Uri> ideRedirectUris, CancellationToken cancellationToken)
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

        // The server's address can change between runs on one database, so the IDE's redirects are brought up to date.
        await EnsureClientAsync(ClientDescriptors.Frontend(IdeSignIn.DefaultClientId, "CrmGraph GraphiQL IDE", ideRedirectUris, []), cancellationToken, updateRedirects: true).ConfigureAwait(false);
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
}
