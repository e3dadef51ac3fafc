using System.Collections.Frozen;
using static CrmGraph.Domain.Orders.ServiceOrderStatus;

namespace CrmGraph.Domain.Orders;

/// <summary>Every legal move of the order lifecycle, in one table; a move not listed here is refused.</summary>
public static class ServiceOrderTransitions
{
    private static readonly FrozenDictionary<ServiceOrderStatus, FrozenSet<ServiceOrderStatus>> Allowed =
        new Dictionary<ServiceOrderStatus, ServiceOrderStatus[]>
        {
            [Placed] = [Scheduled, Cancelled],

            // Scheduling again moves the appointment or hands it to another technician.
            [Scheduled] = [Scheduled, InProgress, Cancelled],
            [InProgress] = [Completed, Cancelled],
        }.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToFrozenSet());

    public static bool IsAllowed(ServiceOrderStatus from, ServiceOrderStatus to) => From(from).Contains(to);

    public static IReadOnlySet<ServiceOrderStatus> From(ServiceOrderStatus from) =>
        Allowed.TryGetValue(from, out var targets) ? targets : FrozenSet<ServiceOrderStatus>.Empty;
}
