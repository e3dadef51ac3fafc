using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Partners;
using CrmGraph.Domain.Pricing;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.History;
using CrmGraph.GraphQL.Orders;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Pricing;
using CrmGraph.GraphQL.Satisfaction;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Schema;

/// <summary>
/// Relay's <c>node(id)</c> and <c>nodes(ids)</c>: any entity by its global id, loaded in batches, and shown only to a
/// caller its type's own root field would show it to (price lists need what <c>priceLists</c> needs; a staff member
/// is shown to non-staff only as the account manager of a customer they see).
/// </summary>
internal static class NodeQueries
{
    public const int MaxIds = 100;

    private static readonly Dictionary<string, NodeSource> Sources = new(StringComparer.Ordinal)
    {
        [CustomerType.TypeName] = NodeSource.Of<Customer>(),
        [PartnerType.TypeName] = NodeSource.Of<Partner>(),
        [StaffMemberType.TypeName] = NodeSource.Of<StaffMember>(StaffVisibility.ShownAsync),
        [InteractionType.TypeName] = NodeSource.Of<Interaction>(),
        [ServiceProductType.TypeName] = NodeSource.Of<ServiceProduct>(),
        [AddOnServiceType.TypeName] = NodeSource.Of<AddOnService>(),
        [PriceListType.TypeName] = NodeSource.Of<PriceList>((ctx, _) => ctx.SatisfiesAsync(CrmPolicies.PricingAdmin)),
        [PriceType.TypeName] = NodeSource.Of<Price>(),
        [ServiceOrderType.TypeName] = NodeSource.Of<ServiceOrder>(),
        [EstimateType.TypeName] = NodeSource.Of<Estimate>(),
        [ComplaintType.TypeName] = NodeSource.Of<Complaint>(),
        [SatisfactionSurveyType.TypeName] = NodeSource.Of<SatisfactionSurvey>(),
    };

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global id; null when nothing with that id is visible.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var (source, pending) = Load(ctx, ctx.GetArgument<string>("id"));
                return await ShownAsync(ctx, source, pending).ConfigureAwait(false);
            });

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Objects by global id, in the order asked (null where not visible); at most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ExecutionError($"'nodes' takes at most {MaxIds} ids (got {ids.Count}).") { Code = ErrorCodes.PageSizeTooLarge };
                }

                // Queue every id first, so that each type's ids are fetched together when the first is awaited.
                var pending = ids.Select(id => Load(ctx, id)).ToList();
                var nodes = new List<object?>(pending.Count);
                foreach (var (source, node) in pending)
                {
                    nodes.Add(await ShownAsync(ctx, source, node).ConfigureAwait(false));
                }

                return nodes;
            });
    }

    private static (NodeSource? Source, IDataLoaderResult<object?> Pending) Load(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryParse(id, out var globalId))
        {
            throw new ExecutionError($"'{id}' is not a valid id. Use the id field of an object.") { Code = ErrorCodes.InvalidId };
        }

        return Sources.TryGetValue(globalId.TypeName, out var source)
            ? (source, source.Load(context, globalId.Key))
            : (null, new CompletedResult<object?>(null));
    }

    private static async Task<object?> ShownAsync(IResolveFieldContext context, NodeSource? source, IDataLoaderResult<object?> pending)
    {
        var entity = await pending.GetResultAsync(context.CancellationToken).ConfigureAwait(false);
        return entity is not null && source is not null && await source.ShownAsync(context, entity).ConfigureAwait(false) ? entity : null;
    }
}
