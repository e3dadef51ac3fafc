using GraphQL.Types;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>One page of branches, shaped like a connection: its <c>items</c> are the page, not a list of their own size.</summary>
public sealed class BranchPageType : ObjectGraphType<List<Branch>>
{
    public BranchPageType()
    {
        Name = "BranchPage";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BranchType>>>>("items").Resolve(context => context.Source);

        Field<NonNullGraphType<IntGraphType>>("count").Resolve(context => context.Source.Count);
    }
}
