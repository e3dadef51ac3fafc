using GraphQL;
using GraphQL.Types;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Authorization;

/// <summary>
/// A schema whose guards cover each kind of metadata: a type policy (<c>Secret</c> needs "read"), a field
/// policy (<c>Query.audit</c> needs "audit"), a role (<c>Query.admin</c>) and an unguarded field.
/// </summary>
public sealed class GuardedSchema : Schema
{
    public GuardedSchema()
    {
        var secret = new ObjectGraphType { Name = "Secret" };
        secret.Field<StringGraphType>("value").Resolve(_ => "classified");
        secret.AuthorizeWithPolicy("read");

        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").Resolve(_ => "for everyone");
        query.Field("secret", secret).Resolve(_ => new object());
        query.Field<StringGraphType>("audit").Resolve(_ => "audit trail").AuthorizeWithPolicy("audit");
        query.Field<StringGraphType>("admin").Resolve(_ => "admin area").AuthorizeWithRoles("Admin");
        Query = query;
    }
}
