using CrmGraph.GraphQL.Administration;
using CrmGraph.GraphQL.Administration.Clients;
using CrmGraph.GraphQL.Administration.Staff;
using CrmGraph.Identity;

namespace CrmGraph.Server.Verbs;

/// <summary>
/// <c>admin create-administrator --email E --name N [--base-url U] [--force]</c>: the first administrator, with a
/// one-time set-password link printed here only (no password on the command line or in logs).
/// <c>admin register-frontend --client-id C --redirect-uri U [--redirect-uri …] [--post-logout-redirect-uri U] [--name N]</c>:
/// a staff front-end the administrator signs in with.
/// </summary>
internal static class AdminVerb
{
    public const string CreateAdministrator = "create-administrator";
    public const string RegisterFrontend = "register-frontend";
    public const string Usage =
        $"admin {CreateAdministrator} --email E --name N [--base-url U] [--force] | admin {RegisterFrontend} --client-id C --redirect-uri U [--post-logout-redirect-uri U] [--name N]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var arguments = VerbArguments.Parse(args, "email", "name", "base-url", "client-id", "redirect-uri", "post-logout-redirect-uri");
        return arguments.Words.FirstOrDefault() switch
        {
            CreateAdministrator => await CreateAdministratorAsync(arguments, output, errors).ConfigureAwait(false),
            RegisterFrontend => await RegisterFrontendAsync(arguments, output, errors).ConfigureAwait(false),
            _ => await UsageAsync(errors).ConfigureAwait(false),
        };
    }

    private static async Task<int> CreateAdministratorAsync(VerbArguments arguments, TextWriter output, TextWriter errors)
    {
        if (arguments.Option("email") is not { } email || arguments.Option("name") is not { } name)
        {
            return await UsageAsync(errors).ConfigureAwait(false);
        }

        await using var app = ServerVerbs.BuildForVerb([.. arguments.Settings]);
        var baseAddress = arguments.Option("base-url") is { } given ? new Uri(given) : app.Services.GetRequiredService<AuthOptions>().Issuer;
        if (baseAddress is null)
        {
            await errors.WriteLineAsync("Give --base-url (the address staff reach the server at) or set Auth:Issuer, so the set-password link points at the server.").ConfigureAwait(false);
            return 2;
        }

        await using var scope = await VerbDatabase.OpenAsync(app).ConfigureAwait(false);
        var command = ActivatorUtilities.CreateInstance<CreateAdministratorCommand>(scope.ServiceProvider);
        var result = await command.ExecuteAsync(name, email, arguments.Flag("force"), baseAddress, CancellationToken.None).ConfigureAwait(false);
        if (result.Result is not { } created)
        {
            return await VerbDatabase.RefusedAsync(errors, result.Errors).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Administrator {created.StaffMember.Name} <{created.StaffMember.Email}> is ready.").ConfigureAwait(false);
        await output.WriteLineAsync($"Send them this link to set their password (it works once, until {created.Link.ExpiresAt:u}):").ConfigureAwait(false);
        await output.WriteLineAsync(created.Link.Address.AbsoluteUri).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> RegisterFrontendAsync(VerbArguments arguments, TextWriter output, TextWriter errors)
    {
        if (arguments.Option("client-id") is not { } clientId || arguments.Options("redirect-uri").Count == 0)
        {
            return await UsageAsync(errors).ConfigureAwait(false);
        }

        await using var app = ServerVerbs.BuildForVerb([.. arguments.Settings]);
        await using var scope = await VerbDatabase.OpenAsync(app).ConfigureAwait(false);
        var input = new CreatePublicClientInput
        {
            ClientId = clientId,
            DisplayName = arguments.Option("name") ?? clientId,
            RedirectUris = arguments.Options("redirect-uri"),
            PostLogoutRedirectUris = arguments.Options("post-logout-redirect-uri"),
        };
        var command = ActivatorUtilities.CreateInstance<CreatePublicClientCommand>(scope.ServiceProvider);
        var result = await command.ExecuteAsync(input, AdministrativeActor.CommandLine, CancellationToken.None).ConfigureAwait(false);
        if (result.Result is not { } registered)
        {
            return await VerbDatabase.RefusedAsync(errors, result.Errors).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Front-end {registered.Client.ClientId} is registered (public, authorization code + PKCE) for {string.Join(", ", registered.Client.RedirectUris)}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> UsageAsync(TextWriter errors)
    {
        await errors.WriteLineAsync($"Usage: {Usage}").ConfigureAwait(false);
        return 2;
    }
}
