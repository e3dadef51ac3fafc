namespace CrmGraph.Application.Events;

/// <summary>Which handlers run, in order, for each type of domain event.</summary>
public sealed class EventRoutes
{
    private readonly Dictionary<Type, List<Type>> _handlers = [];

    public IEnumerable<Type> Handlers => _handlers.Values.SelectMany(h => h).Distinct();

    /// <summary>Adds <paramref name="handlers"/> (each an <see cref="IEventHandler"/>) to those of <typeparamref name="TEvent"/>.</summary>
    public EventRoutes On<TEvent>(params Type[] handlers)
        where TEvent : DomainEvent
    {
        ArgumentNullException.ThrowIfNull(handlers);
        if (handlers.FirstOrDefault(h => !typeof(IEventHandler).IsAssignableFrom(h)) is { } wrong)
        {
            throw new ArgumentException($"{wrong.Name} is not an {nameof(IEventHandler)}.", nameof(handlers));
        }

        if (!_handlers.TryGetValue(typeof(TEvent), out var list))
        {
            _handlers[typeof(TEvent)] = list = [];
        }

        list.AddRange(handlers);
        return this;
    }

    public IReadOnlyList<Type> HandlersOf(Type eventType) => _handlers.TryGetValue(eventType, out var list) ? list : [];
}
