using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Satisfaction;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.History;

public sealed class TimelineEntryType : ObjectGraphType<TimelineRow>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Description = "One encounter in a customer's relationship history.";
        Field<NonNullGraphType<EnumerationGraphType<TimelineEntryKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<StringGraphType>>("summary")
            .Description("A short line a person can read.")
            .Resolve(ctx => Subject(ctx).Then(TimelineSummary.Of));
        Field<EnumerationGraphType<ContactChannel>>("channel")
            .Description("The channel, where the entry has one.")
            .Resolve(ctx => Subject(ctx).Then(TimelineSummary.ChannelOf));
        Field<StaffMemberType>("staffMember")
            .Description("The staff member involved, where there is one.")
            .Resolve(ctx => Subject(ctx).Then(subject => ctx.LoadById<StaffMember>(TimelineSummary.StaffOf(subject))));
        Field<NonNullGraphType<TimelineSubjectType>>("subject")
            .Description("The record behind the entry.")
            .Resolve(Subject);
    }

    private static IDataLoaderResult<object?> Subject(IResolveFieldContext<TimelineRow> context)
    {
        var row = context.Source;
        var id = (int)row.SourceId;
        return row.Kind switch
        {
            TimelineEntryKind.Interaction => context.LoadById<Interaction>(id).Then(x => (object?)x),
            TimelineEntryKind.ServiceOrder => context.LoadById<ServiceOrder>(id).Then(x => (object?)x),
            TimelineEntryKind.Complaint => context.LoadById<Complaint>(id).Then(x => (object?)x),
            TimelineEntryKind.ComplaintEvent => context.LoadById<ComplaintEvent, long>(row.SourceId).Then(x => (object?)x),
            TimelineEntryKind.Estimate => context.LoadById<Estimate>(id).Then(x => (object?)x),
            TimelineEntryKind.OrderStatusChange => context.LoadById<ServiceOrderEvent, long>(row.SourceId).Then(x => (object?)x),
            TimelineEntryKind.StatusChange or TimelineEntryKind.TierChange => context.LoadById<CustomerEvent, long>(row.SourceId).Then(x => (object?)x),
            _ => context.LoadById<SatisfactionSurvey>(id).Then(x => (object?)x),
        };
    }
}
