using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmGraph.Data.Outbox;

/// <summary>Every domain event type by name, and the one JSON form events are stored in.</summary>
public static class DomainEventTypes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Dictionary<string, Type> ByName = typeof(DomainEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static IEnumerable<Type> All => ByName.Values;

    public static string NameOf(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return domainEvent.GetType().Name;
    }

    public static string Serialize(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json);
    }

    public static DomainEvent Deserialize(string type, string payload) =>
        ByName.TryGetValue(type, out var eventType)
            ? (DomainEvent)(JsonSerializer.Deserialize(payload, eventType, Json) ?? throw new JsonException($"The {type} event {payload} is empty."))
            : throw new InvalidOperationException($"No domain event type is called '{type}'.");
}
