using System.Globalization;
using CrmGraph.Domain.Complaints;
using CrmGraph.Domain.Customers;
using CrmGraph.Domain.History;
using CrmGraph.Domain.Orders;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.History;

/// <summary>What a timeline entry says about its record in one line, and who and which channel it involved.</summary>
public static class TimelineSummary
{
    private const int NotesPreviewLength = 80;

    public static string Of(object? subject) => subject switch
    {
        Interaction i => i.Notes is null ? $"{i.Kind} by {i.Channel}: {i.Outcome}" : $"{i.Kind} by {i.Channel}: {Preview(i.Notes)}",
        ServiceOrder o => string.Create(CultureInfo.InvariantCulture, $"Order {o.Number} ({o.Status}), {o.Total:0.00} {o.Currency}"),
        Estimate e => string.Create(CultureInfo.InvariantCulture, $"Estimate {e.Number} ({e.Status}), {e.Total:0.00} {e.Currency}, valid until {e.ValidUntil.UtcDateTime:yyyy-MM-dd}"),
        ServiceOrderEvent e => $"Order {e.FromStatus} → {e.ToStatus}" + (e.Note is null ? string.Empty : ": " + Preview(e.Note)),
        Complaint c => $"Complaint {c.Number} ({c.Severity} {c.Category}): {Preview(c.Description)}",
        ComplaintEvent e => e.ToStatus is { } to ? $"Complaint {e.Kind}: {e.FromStatus} → {to}" : $"Complaint {e.Kind}{(e.Note is null ? string.Empty : ": " + Preview(e.Note))}",
        SatisfactionSurvey s => $"Survey: {s.OverallScore} of {(int)s.Scale}" + (s.RecommendScore is { } r ? $", recommend {r}/10" : string.Empty),
        CustomerEvent { Kind: CustomerEventKind.TierChanged } e => string.Create(CultureInfo.InvariantCulture, $"Loyalty tier {e.FromTier} → {e.ToTier} at {e.LoyaltyPoints} points"),
        CustomerEvent { Kind: CustomerEventKind.Churned } e => $"Churned ({e.ChurnCause})" + (e.Note is null ? string.Empty : ": " + Preview(e.Note)),
        CustomerEvent e => $"Won back: {e.FromStatus} → {e.ToStatus}",
        _ => "Record no longer available",
    };

    public static ContactChannel? ChannelOf(object? subject) => subject switch
    {
        Interaction i => i.Channel,
        Complaint c => c.Channel,
        _ => null,
    };

    public static int? StaffOf(object? subject) => subject switch
    {
        Interaction i => i.StaffMemberId,
        ServiceOrder o => o.StaffMemberId,
        Estimate e => e.StaffMemberId,
        ServiceOrderEvent e => e.ActorStaffId,
        Complaint c => c.AssigneeId,
        ComplaintEvent e => e.ActorStaffId,
        CustomerEvent e => e.ActorStaffId,
        SatisfactionSurvey s => s.StaffMemberId,
        _ => null,
    };

    private static string Preview(string text) =>
        text.Length <= NotesPreviewLength ? text : string.Concat(text.AsSpan(0, NotesPreviewLength - 1), "…");
}
