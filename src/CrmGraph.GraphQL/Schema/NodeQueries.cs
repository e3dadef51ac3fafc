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

/// <summary>Relay's <c>node(id)</c> and <c>nodes(ids)</c>: any entity by its global id, loaded in batches.</summary>
internal static class NodeQueries
{
    public const int MaxIds = 100;

    private static readonly Dictionary<string, Func<IResolveFieldContext, int, IDataLoaderResult<object?>>> Loaders = new(StringComparer.Ordinal)
    {
        [CustomerType.TypeName] = Load<Customer>,
        [PartnerType.TypeName] = Load<Partner>,
        [StaffMemberType.TypeName] = Load<StaffMember>,
        [InteractionType.TypeName] = Load<Interaction>,
        [ServiceProductType.TypeName] = Load<ServiceProduct>,
        [AddOnServiceType.TypeName] = Load<AddOnService>,
        [PriceListType.TypeName] = Load<PriceList>,
        [PriceType.TypeName] = Load<Price>,
        [ServiceOrderType.TypeName] = Load<ServiceOrder>,
        [EstimateType.TypeName] = Load<Estimate>,
        [ComplaintType.TypeName] = Load<Complaint>,
        [SatisfactionSurveyType.TypeName] = Load<SatisfactionSurvey>,
    };

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global id; null when nothing with that id is visible.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => Resolve(ctx, ctx.GetArgument<string>("id")));

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
                var pending = ids.Select(id => Resolve(ctx, id)).ToList();
                var nodes = new List<object?>(pending.Count);
                foreach (var node in pending)
                {
                    nodes.Add(await node.GetResultAsync(ctx.CancellationToken).ConfigureAwait(false));
                }

                return nodes;
            });
    }

    private static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryParse(id, out var globalId))
        {
            throw new ExecutionError($"'{id}' is not a valid id. Use the id field of an object.") { Code = ErrorCodes.InvalidId };
        }

        return Loaders.TryGetValue(globalId.TypeName, out var load)
            ? load(context, globalId.Key)
            : new CompletedResult<object?>(null);
    }

    private static IDataLoaderResult<object?> Load<TEntity>(IResolveFieldContext context, int key)
        where TEntity : class =>
        context.LoadById<TEntity>(key).Then(entity => (object?)entity);
}
