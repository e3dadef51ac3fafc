using CrmGraph.GraphQL.AspNetCore.Introspection;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Introspection;

/// <summary>A schema with a deprecated argument on a field and on a directive, and a deprecated input field.</summary>
public sealed class DeprecationSchema : SpecificationSchema
{
    public DeprecationSchema()
        : base(new DefaultServiceProvider())
    {
        var filter = new InputObjectGraphType { Name = "Filter" };
        filter.Field<StringGraphType>("name");
        filter.Field<StringGraphType>("legacyName").DeprecationReason("Use name.");

        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("search")
            .Argument<StringGraphType>("text")
            .Argument<IntGraphType>("limit", argument => argument.DeprecationReason = "Pages are fixed.")
            .Argument(filter, "where")
            .Resolve(_ => "found");
        Query = query;

        var tag = new Directive("tag", DirectiveLocation.Field) { Repeatable = true };
        tag.Arguments = new QueryArguments(
            new QueryArgument<StringGraphType> { Name = "name" },
            new QueryArgument<StringGraphType> { Name = "label", DeprecationReason = "Use name." });
        Directives.Register(tag);
    }
}
