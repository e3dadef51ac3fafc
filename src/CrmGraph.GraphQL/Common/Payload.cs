namespace CrmGraph.GraphQL.Common;

/// <summary>What a mutation returns: the changed object, or the rules the input broke (and nothing changed).</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<DomainError> Errors)
    where T : class
{
    public static Payload<T> Success(T result) => new(result, []);

    public static Payload<T> Failure(IReadOnlyList<DomainError> errors) => new(null, errors);

    public static Payload<T> Failure(DomainError error) => new(null, [error]);

    /// <summary>The payload of a command's outcome.</summary>
    public static Payload<T> From(Outcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Succeeded ? Success(outcome.Value) : Failure(outcome.Errors);
    }
}
