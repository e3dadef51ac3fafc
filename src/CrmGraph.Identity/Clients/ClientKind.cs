namespace CrmGraph.Identity.Clients;

/// <summary>What an OAuth client is for, which decides how it gets tokens and which scopes it may have.</summary>
public enum ClientKind
{
    /// <summary>A partner's portal or system: client credentials, bound to one partner, sees only its customers.</summary>
    Partner,

    /// <summary>An internal integration: client credentials, bound to no partner.</summary>
    Internal,

    /// <summary>A staff front-end: public, authorization code with PKCE, tokens carry the signed-in person's role.</summary>
    Frontend,
}
