using CrmGraph.Application.Churn;
using CrmGraph.Application.Complaints;
using CrmGraph.Application.Customers;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.Application.Events;

/// <summary>
/// What happens after each domain event, in order: the answer to "what happens when a complaint is filed?". Every
/// handler runs after the change committed, at least once, and is skipped for an event it already handled. An event
/// not listed (a customer created or updated, a tier change) has no follow-on work yet; its outbox row is still kept.
/// </summary>
public static class EventHandlerList
{
    public static EventRoutes Routes() => new EventRoutes()
        .On<ComplaintFiled>(typeof(TouchLastActivity), typeof(RefreshRiskScore), typeof(AnnounceComplaint))
        .On<ComplaintTransitioned>(typeof(RefreshRiskScore), typeof(AnnounceComplaint))
        .On<ComplaintAssigned>(typeof(AnnounceComplaint))
        .On<ComplaintNoteAdded>(typeof(AnnounceComplaint))
        .On<ComplaintSlaBreached>(typeof(RefreshRiskScore), typeof(AnnounceComplaint))
        .On<InteractionRecorded>(typeof(TouchLastActivity), typeof(RefreshRiskScore))
        .On<OrderPlaced>(typeof(RefreshRiskScore))
        .On<OrderCompleted>()
        .On<OrderCancelled>(typeof(RefreshRiskScore))
        .On<EstimateCreated>()
        .On<EstimateApproved>()
        .On<EstimateDeclined>()
        .On<SurveySubmitted>(typeof(RefreshRiskScore))
        .On<CustomerCreated>()
        .On<CustomerUpdated>()
        .On<CustomerChurned>()
        .On<CustomerWonBack>()
        .On<LoyaltyTierChanged>();
}
