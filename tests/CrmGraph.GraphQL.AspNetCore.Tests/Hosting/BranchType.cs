using GraphQL;
using GraphQL.Types;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// The tree's shapes a limit can see: a single child (depth), a paged list (<c>branches(first:, last:)</c>), a plain
/// list (<c>leaves</c>), and a connection-like page whose <c>items</c> list is the page itself.
/// </summary>
public sealed class BranchType : ObjectGraphType<Branch>
{
    public const int UnpagedSize = 3;

    public BranchType()
    {
        Name = "Branch";

        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => $"branch {context.Source.Level}");

        Field<NonNullGraphType<BranchType>>("branch").Resolve(context => context.Source.Child);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BranchType>>>>("branches")
            .Argument<IntGraphType>("first")
            .Argument<IntGraphType>("last")
            .Resolve(context => context.Source.Children(PageSize(context)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("leaves")
            .Resolve(_ => Enumerable.Range(1, UnpagedSize).Select(leaf => $"leaf {leaf}"));

        Field<NonNullGraphType<BranchPageType>>("page")
            .Argument<IntGraphType>("first")
            .Resolve(context => context.Source.Children(PageSize(context)).ToList());
    }

    private static int PageSize(IResolveFieldContext context) =>
        context.GetArgument<int?>("first") ?? context.GetArgument<int?>("last") ?? UnpagedSize;
}
