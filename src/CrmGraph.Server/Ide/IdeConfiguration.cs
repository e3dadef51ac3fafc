using CrmGraph.GraphQL.AspNetCore.Ide;
using CrmGraph.Identity;
using CrmGraph.Identity.Ide;

namespace CrmGraph.Server.Ide;

/// <summary>
/// Reads <c>GraphQL:Ide:*</c>: whether browsers get GraphiQL at the GraphQL address (on in Development unless set) and
/// the public client it signs in as. With the embedded server that is <see cref="IdeSignIn.DefaultClientId"/> (created
/// in Development; elsewhere an operator registers it); with <c>Auth:Authority</c> it is the client
/// <c>GraphQL:Ide:ClientId</c> names at that authority, and without one the IDE says it cannot sign in.
/// </summary>
internal static class IdeConfiguration
{
    public const string EnabledKey = "GraphQL:Ide:Enabled";
    public const string ClientIdKey = "GraphQL:Ide:ClientId";
    public const string ScopeKey = "GraphQL:Ide:Scope";

    private const string DefaultQuery = """
        # Welcome to CrmGraph. Sign in (top right) as a staff member, then run this with the ▶ button.
        # The Docs button (left) browses the schema; subscriptions run here too, e.g.
        #   subscription { complaintFiled { number severity customer { name } } }
        query FirstCustomers {
          customers(first: 5) {
            totalCount
            edges { node { name status loyaltyTier } }
          }
        }

        """;

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue(EnabledKey, environment.IsDevelopment());

    /// <summary>The IDE's options, or null when it is off.</summary>
    public static GraphiQLOptions? From(IConfiguration configuration, IHostEnvironment environment, AuthOptions auth)
    {
        if (!IsEnabled(configuration, environment))
        {
            return null;
        }

        return new GraphiQLOptions
        {
            Title = "CrmGraph",
            DefaultQuery = DefaultQuery,
            Authority = auth.Authority,
            ClientId = configuration[ClientIdKey] ?? (auth.UsesEmbeddedServer ? IdeSignIn.DefaultClientId : null),
            Scope = configuration[ScopeKey] ?? IdeSignIn.Scope,
            SignInUnavailable = $"Sign-in is unavailable here: tokens come from {auth.Authority} and {ClientIdKey} names no public client of it. "
                + "Put a token in the Headers tab: {\"Authorization\": \"Bearer …\"}.",
        };
    }
}
