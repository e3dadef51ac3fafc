namespace CrmGraph.Domain.Common;

/// <summary>
/// A rule the caller broke, in words a person can act on. <see cref="Code"/> is stable so that
/// clients can branch on it; <see cref="Field"/> names the offending input where there is one.
/// </summary>
public sealed record DomainError(string Code, string Message, string? Field = null);
