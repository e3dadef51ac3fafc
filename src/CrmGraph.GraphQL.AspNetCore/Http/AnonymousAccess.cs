namespace CrmGraph.GraphQL.AspNetCore.Http;

/// <summary>What a caller who is not signed in may do. A refused caller gets the authentication scheme's challenge (401).</summary>
public enum AnonymousAccess
{
    /// <summary>Anonymous callers run documents like anyone else; the schema's own rules decide.</summary>
    Allowed,

    /// <summary>Anonymous callers may run introspection-only documents (for schema explorers), nothing else.</summary>
    IntrospectionOnly,

    /// <summary>Every request must be authenticated.</summary>
    Denied,
}
