namespace CrmGraph.GraphQL.Common;

/// <summary>The <c>period</c> argument of figures computed over time.</summary>
public sealed class PeriodInput
{
    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    /// <summary>The period asked for, or a client-facing error when it ends before it starts.</summary>
    public Period ToPeriod()
    {
        var period = Period.Of(From, To);
        return period.Succeeded
            ? period.Value
            : throw new ExecutionError($"{period.Errors[0].Message} (argument 'period').") { Code = ErrorCodes.InvalidArgument };
    }
}
