using CrmGraph.Application.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.Partners;
using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Churn;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.History;
using CrmGraph.GraphQL.Orders;
using CrmGraph.GraphQL.Partners;
using CrmGraph.GraphQL.Satisfaction;
using CrmGraph.GraphQL.Staff;
using GraphQL.Types.Relay;

namespace CrmGraph.GraphQL.Customers;

public sealed class CustomerType : NodeGraphType<Customer>
{
    public const string TypeName = "Customer";

    public CustomerType()
        : base(TypeName, c => c.Id, "A person or organization the company serves.")
    {
        Field(c => c.Code);
        Field(c => c.Name);
        Field<NonNullGraphType<EnumerationGraphType<CustomerKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.Email, nullable: true);
        Field(c => c.Phone, nullable: true);
        Field(c => c.City, nullable: true);
        Field(c => c.Country, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<CustomerSegment>>>("segment").Resolve(ctx => ctx.Source.Segment);
        Field<NonNullGraphType<EnumerationGraphType<LoyaltyTier>>>("loyaltyTier").Resolve(ctx => ctx.Source.LoyaltyTier);
        Field(c => c.LoyaltyPoints);
        Field<NonNullGraphType<EnumerationGraphType<CustomerStatus>>>("status").Resolve(ctx => ctx.Source.Status);
        Field<EnumerationGraphType<ChurnCause>>("churnCause").Description("Why the customer left, the last time it churned.").Resolve(ctx => ctx.Source.ChurnCause);
        Field<InstantGraphType>("churnedAt").Description("When the customer was last marked churned.").Resolve(ctx => ctx.Source.ChurnedAt);
        Field<NonNullGraphType<CustomerHealthType>>("health")
            .Description("The churn-risk score as of now, with its contributing factors.")
            .Resolve(ctx => ctx.LoadHealth());
        Field<NonNullGraphType<DecimalGraphType>>("riskScore")
            .Description("The churn-risk score as of 'riskScoredAt', which atRiskCustomers ranks by; 'health' has it as of now.")
            .Resolve(ctx => ctx.Source.RiskScore);
        Field<InstantGraphType>("riskScoredAt").Description("When 'riskScore' was computed; null until the first time.").Resolve(ctx => ctx.Source.RiskScoredAt);
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<InstantGraphType>>("lastActivityAt")
            .Description("Time of the newest interaction, order or complaint (creation time until the first).")
            .Resolve(ctx => ctx.Source.LastActivityAt);
        Field(c => c.Version).Description("Changes on every edit; send it back with updateCustomer to detect concurrent edits.");
        Field<StaffMemberType>("accountManager").Resolve(ctx => ctx.LoadById<StaffMember>(ctx.Source.AccountManagerId));
        Field<PartnerType>("partner").Description("The partner that owns the customer, if any.").Resolve(ctx => ctx.LoadById<Partner>(ctx.Source.PartnerId));

        Field<NonNullGraphType<ConnectionType<TimelineEntryType>>>("timeline")
            .Description("The relationship history: every interaction, order, complaint, complaint event, survey, status and tier change, newest first.")
            .Paged()
            .Resolve(ctx => ChildConnections.OfCustomer(ctx, "CustomerTimeline", TimelineQuery.ByCustomer, TimelineQuery.All));

        Field<NonNullGraphType<ConnectionType<InteractionType>>>("interactions")
            .Description("Service encounters, newest first.")
            .Paged()
            .Resolve(ctx => ChildConnections.OfCustomer(ctx, "CustomerInteractions", InteractionType.ByCustomer, db => db.Interactions));
        Field<NonNullGraphType<ConnectionType<ServiceOrderType>>>("orders")
            .Description("Service orders, newest first.")
            .Paged()
            .Resolve(ctx => ChildConnections.OfCustomer(ctx, "CustomerOrders", ServiceOrderType.ByCustomer, db => db.ServiceOrders));
        Field<NonNullGraphType<ConnectionType<ComplaintType>>>("complaints")
            .Description("Complaints, newest first.")
            .Argument<BooleanGraphType>("openOnly", "Only complaints not yet resolved or closed.")
            .Paged()
            .Resolve(ctx => ctx.GetArgument<bool>("openOnly")
                ? ChildConnections.OfCustomer(ctx, "CustomerOpenComplaints", ComplaintType.ByCustomer, db => db.Complaints.Where(ComplaintConditions.Open))
                : ChildConnections.OfCustomer(ctx, "CustomerComplaints", ComplaintType.ByCustomer, db => db.Complaints));
        Field<NonNullGraphType<ConnectionType<SatisfactionSurveyType>>>("surveys")
            .Description("Satisfaction survey responses, newest first.")
            .Paged()
            .Resolve(ctx => ChildConnections.OfCustomer(ctx, "CustomerSurveys", SatisfactionSurveyType.ByCustomer, db => db.Surveys));
    }
}
