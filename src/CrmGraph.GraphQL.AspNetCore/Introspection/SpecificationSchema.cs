using GraphQL.Resolvers;
using GraphQL.Types;

namespace CrmGraph.GraphQL.AspNetCore.Introspection;

/// <summary>
/// A schema whose introspection answers what the October 2021 specification (and its working draft's deprecated input
/// values) defines and current tools ask for (graphql-js's introspection query with every option):
/// <c>__Directive.isRepeatable</c>, <c>__Type.specifiedByURL</c>, and <c>includeDeprecated</c> on the arguments of
/// fields and directives and on input fields, with deprecated ones reported. Without these a client's introspection
/// query fails validation as a whole.
/// </summary>
public abstract class SpecificationSchema : Schema
{
    public const string SpecifiedByUrlField = "specifiedByURL";

    private const string IncludeDeprecated = "includeDeprecated";

    protected SpecificationSchema(IServiceProvider services)
        : base(services)
    {
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
    }

    /// <summary>Adds to graphql-dotnet's introspection types the two members it lacks, once they are built.</summary>
    protected override SchemaTypes CreateSchemaTypes()
    {
        var types = base.CreateSchemaTypes();
        AddSpecifiedByUrl((IComplexGraphType)types["__Type"]!, types["String"]!);
        AddIncludeDeprecatedToDirectiveArguments((IComplexGraphType)types["__Directive"]!, types["Boolean"]!);
        return types;
    }

    /// <summary>
    /// Null for every type: no scalar of a schema built on this class names an outside specification (the
    /// specification asks for a URL only from custom scalars that do).
    /// </summary>
    private static void AddSpecifiedByUrl(IComplexGraphType type, IGraphType text)
    {
        if (type.HasField(SpecifiedByUrlField))
        {
            return;
        }

        type.AddField(new FieldType
        {
            Name = SpecifiedByUrlField,
            Description = "A URL that specifies the behaviour of a custom scalar; null for every other type.",
            Type = typeof(StringGraphType),
            ResolvedType = text,
            Resolver = new FuncFieldResolver<object?>(_ => null),
        });
    }

    /// <summary><c>__Directive.args(includeDeprecated: Boolean = false)</c>, leaving deprecated arguments out unless asked.</summary>
    private static void AddIncludeDeprecatedToDirectiveArguments(IComplexGraphType directive, IGraphType boolean)
    {
        var args = directive.GetField("args")!;
        if (args.Arguments?.Find(IncludeDeprecated) is not null)
        {
            return;
        }

        args.Arguments ??= [];
        args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType)) { Name = IncludeDeprecated, DefaultValue = false, ResolvedType = boolean });
        var all = args.Resolver!;
        args.Resolver = new FuncFieldResolver<object?>(async context =>
        {
            var arguments = await all.ResolveAsync(context).ConfigureAwait(false);
            return context.GetArgument<bool>(IncludeDeprecated) || arguments is not IEnumerable<QueryArgument> list
                ? arguments
                : list.Where(argument => argument.DeprecationReason is null).ToList();
        });
    }
}
