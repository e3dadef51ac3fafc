using System.Reflection;

namespace CrmGraph.Domain.Tests;

/// <summary>Gives an entity the id the database would, since ids are only ever set by persistence.</summary>
internal static class Persisted
{
    public static T WithId<T>(this T entity, int id)
        where T : class
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id.");
        property.SetValue(entity, id);
        return entity;
    }
}
