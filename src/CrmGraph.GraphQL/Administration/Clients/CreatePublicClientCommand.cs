using CrmGraph.Data.Audit;
using CrmGraph.Identity.Clients;
using Microsoft.Extensions.Hosting;

namespace CrmGraph.GraphQL.Administration.Clients;

/// <summary>Registers a staff front-end: a public client using the authorization code flow with PKCE, to exact redirect addresses.</summary>
public sealed class CreatePublicClientCommand(CrmDbContext db, TimeProvider clock, OAuthClientAdministration clients, IHostEnvironment environment)
{
    public async Task<Payload<IssuedClient>> ExecuteAsync(CreatePublicClientInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<DomainError>();
        if (ClientIdRules.Check(input.ClientId) is { } badId)
        {
            errors.Add(badId);
        }

        var redirects = RedirectUriRules.Check(input.RedirectUris, "redirectUris", environment.IsDevelopment(), errors);
        var postLogout = RedirectUriRules.Check(input.PostLogoutRedirectUris ?? [], "postLogoutRedirectUris", environment.IsDevelopment(), errors);
        if (input.RedirectUris.Count == 0)
        {
            errors.Add(new DomainError(DomainErrorCodes.Validation, "A front-end needs at least one redirect address.", "redirectUris"));
        }

        if (errors.Count == 0 && await clients.FindAsync(input.ClientId, cancellationToken).ConfigureAwait(false) is not null)
        {
            errors.Add(new DomainError(DomainErrorCodes.Duplicate, $"A client with the id {input.ClientId} already exists.", "clientId"));
        }

        if (errors.Count > 0)
        {
            return Payload<IssuedClient>.Failure(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var displayName = string.IsNullOrWhiteSpace(input.DisplayName) ? input.ClientId : input.DisplayName.Trim();
        var client = await clients.CreateFrontendAsync(input.ClientId, displayName, redirects, postLogout, cancellationToken).ConfigureAwait(false);
        db.Record(clock.GetUtcNow(), actor, "createPublicClient", ClientAudit.TargetType, client.ClientId, before: null, ClientAudit.Snapshot(client));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Payload<IssuedClient>.Success(new IssuedClient(client));
    }
}
