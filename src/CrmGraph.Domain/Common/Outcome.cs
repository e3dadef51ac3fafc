namespace CrmGraph.Domain.Common;

/// <summary>Either a value or the rules it broke; never both.</summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, IReadOnlyList<DomainError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public T Value => Succeeded ? _value! : throw new InvalidOperationException("The outcome holds errors, not a value.");

    public static Outcome<T> Success(T value) => new(value, []);

    public static Outcome<T> Failure(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    public static Outcome<T> Failure(DomainError error) => new(default, [error]);
}
