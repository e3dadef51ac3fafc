using CrmGraph.Domain.Complaints;

namespace CrmGraph.GraphQL.Complaints;

/// <summary>Turns the <c>order</c> argument into keyset sort keys; newest first unless it says otherwise.</summary>
internal static class ComplaintOrdering
{
    public static IReadOnlyList<SortKey<Complaint>> From(IReadOnlyList<Sort<ComplaintSortField>>? order) =>
        KeysetOrder.From(order, new Sort<ComplaintSortField> { Field = ComplaintSortField.ReceivedAt, Direction = SortDirection.Desc }, Key, c => c.Id);

    private static SortKey<Complaint> Key(ComplaintSortField field, SortDirection direction) => field switch
    {
        ComplaintSortField.FirstResponseDueAt => SortKey<Complaint>.By(c => c.FirstResponseDueAt, direction),
        ComplaintSortField.ResolutionDueAt => SortKey<Complaint>.By(c => c.ResolutionDueAt, direction),
        _ => SortKey<Complaint>.By(c => c.ReceivedAt, direction),
    };
}
