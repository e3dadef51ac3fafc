using CrmGraph.Domain.Catalog;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Catalog;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Orders;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Complaints;

public sealed class ComplaintType : NodeGraphType<Complaint>
{
    public const string TypeName = "Complaint";

    public static readonly ChildListQuery<Complaint> ByCustomer = ChildLists.NewestFirst<Complaint>(c => c.CustomerId, c => c.ReceivedAt, c => c.Id);

    public ComplaintType()
        : base(TypeName, c => c.Id, "A customer's complaint and its handling.")
    {
        Field(c => c.Number);
        Field<NonNullGraphType<EnumerationGraphType<ComplaintStatus>>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel").Resolve(ctx => ctx.Source.Channel);
        Field<NonNullGraphType<EnumerationGraphType<ComplaintCategory>>>("category").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<EnumerationGraphType<ComplaintSeverity>>>("severity").Resolve(ctx => ctx.Source.Severity);
        Field(c => c.Description);
        Field<NonNullGraphType<InstantGraphType>>("receivedAt").Resolve(ctx => ctx.Source.ReceivedAt);
        Field<InstantGraphType>("acknowledgedAt").Resolve(ctx => ctx.Source.AcknowledgedAt);
        Field<InstantGraphType>("resolvedAt").Resolve(ctx => ctx.Source.ResolvedAt);
        Field<InstantGraphType>("closedAt").Resolve(ctx => ctx.Source.ClosedAt);
        Field<NonNullGraphType<InstantGraphType>>("firstResponseDueAt").Resolve(ctx => ctx.Source.FirstResponseDueAt);
        Field<NonNullGraphType<InstantGraphType>>("resolutionDueAt").Resolve(ctx => ctx.Source.ResolutionDueAt);
        Field<BooleanGraphType>("firstResponseBreached").Description("Null until decided.").Resolve(ctx => ctx.Source.FirstResponseBreached);
        Field<BooleanGraphType>("resolutionBreached").Description("Null until decided.").Resolve(ctx => ctx.Source.ResolutionBreached);
        Field(c => c.Resolution, nullable: true);
        Field<EnumerationGraphType<ComplaintRootCause>>("rootCause").Description("What went wrong in the service; set when resolved.").Resolve(ctx => ctx.Source.RootCause);
        Field<MoneyType>("compensation").Resolve(ctx => ctx.Source.Compensation);
        Field(c => c.Version).Description("Changes on every edit; send it back to detect concurrent edits.");
        Field<NonNullGraphType<CustomerType>>("customer").Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
        Field<StaffMemberType>("assignee").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.AssigneeId));
        Field<ServiceProductType>("product").Resolve(ctx => ctx.LoadById<ServiceProduct>(ctx.Source.ServiceProductId));
        Field<ServiceOrderType>("order").Resolve(ctx => ctx.LoadById<ServiceOrder>(ctx.Source.ServiceOrderId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComplaintEventType>>>>("events")
            .Description("The audit trail, oldest first.")
            .Resolve(ctx => ctx.LoadGroup("ComplaintEvents", ctx.Source.Id, (db, ids) => db.ComplaintEvents.AsNoTracking()
                .Where(e => ids.Contains(e.ComplaintId))
                .OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new KeyValuePair<int, ComplaintEvent>(e.ComplaintId, e))));
    }
}
