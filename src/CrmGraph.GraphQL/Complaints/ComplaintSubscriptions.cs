using CrmGraph.Application.Complaints;
using CrmGraph.Domain.Complaints;
using CrmGraph.GraphQL.AspNetCore.Events;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>
/// Live complaint feeds. Each listens to the complaint notices, passes on those the subscriber asked for and
/// may see (a partner only its own customers') once per event, and resolves every event afresh, in a unit of work of its
/// own limited to what the subscriber may see.
/// </summary>
internal static class ComplaintSubscriptions
{
    public static void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ComplaintType>>("complaintFiled")
            .Description("Each newly filed complaint of at least 'minSeverity'.")
            .Argument<EnumerationGraphType<ComplaintSeverity>>("minSeverity", arg => arg.DefaultValue = ComplaintSeverity.Low)
            .ResolveStream(ctx =>
            {
                var minSeverity = ctx.GetArgument("minSeverity", ComplaintSeverity.Low);
                return Feed(ctx, n => n.Kind == ComplaintNoticeKind.Filed && n.Severity >= minSeverity);
            })
            .ResolveAsync(LoadAsync);

        subscription.Field<NonNullGraphType<ComplaintType>>("complaintChanged")
            .Description("Every change to the complaint 'id' (acknowledged, assigned, escalated, resolved, a note…), or without 'id' to any complaint the caller may see.")
            .Argument<IdGraphType>("id")
            .ResolveStream(ctx =>
            {
                var id = ctx.GetArgument<string?>("id") is { } globalId ? GlobalId.ParseFor(ComplaintType.TypeName, globalId, "id") : (int?)null;
                return Feed(ctx, n => n.Kind == ComplaintNoticeKind.Changed && (id is null || n.ComplaintId == id));
            })
            .ResolveAsync(LoadAsync);

        subscription.Field<NonNullGraphType<ComplaintType>>("complaintSlaBreached")
            .Description("Each complaint whose promised first response or resolution time has just passed, once.")
            .ResolveStream(ctx => Feed(ctx, n => n.Kind == ComplaintNoticeKind.SlaBreached))
            .ResolveAsync(LoadAsync);
    }

    private static IObservable<object?> Feed(IResolveFieldContext context, Func<ComplaintNotice, bool> wanted)
    {
        var partnerId = context.Caller().PartnerId;
        var passedOn = new RecentEventIds();
        return context.Service<IEventBus>()
            .Observe<ComplaintNotice>(ComplaintTopics.Complaints)
            .Where(n => wanted(n) && (partnerId is null || n.PartnerId == partnerId) && passedOn.FirstTime(n.EventId));
    }

    private static async Task<object?> LoadAsync(IResolveFieldContext context)
    {
        var notice = (ComplaintNotice)context.Source!;
        return await context.Db().Complaints.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == notice.ComplaintId, context.CancellationToken).ConfigureAwait(false);
    }
}
