using CrmGraph.Domain.Complaints;
using GraphQL.Types.Relay;

namespace CrmGraph.GraphQL.Complaints;

internal static class ComplaintQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ComplaintType>>>("complaints")
            .Description("Complaints, filtered and ordered; newest first unless 'order' says otherwise.")
            .Argument<ComplaintFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<ComplaintSortInputType>>>("order")
            .PagedBy(
                ctx => ComplaintFiltering.Apply(
                    ctx.Db().Complaints.AsNoTracking(), ctx.GetArgument<ComplaintFilter?>("where"), ctx.Service<TimeProvider>().GetUtcNow()),
                ctx => ComplaintOrdering.From(ctx.GetArgument<List<Sort<ComplaintSortField>>?>("order")));

        query.AddLookupById<Complaint, ComplaintType>("complaint", ComplaintType.TypeName, "complaint");
    }
}
