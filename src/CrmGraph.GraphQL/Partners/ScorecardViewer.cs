namespace CrmGraph.GraphQL.Partners;

/// <summary>
/// Whose scorecards the caller may see: a partner its own (with its ranks, never the others' figures); staff with
/// the staff.performance scope every partner's; anyone else none.
/// </summary>
internal static class ScorecardViewer
{
    public const string RefusalCode = "AUTH_NOT_AUTHORIZED";

    public static bool SeesEveryPartner(IResolveFieldContext context)
    {
        var caller = context.Caller();
        return caller.IsStaff && caller.HasScope(CrmScopes.StaffPerformance);
    }

    /// <summary>Whether the caller may see the scorecard of the partner with <paramref name="partnerId"/>.</summary>
    public static bool CanSee(IResolveFieldContext context, int partnerId) => SeesEveryPartner(context) || context.Caller().PartnerId == partnerId;

    public static ExecutionError Refusal() =>
        new($"Not authorized to see partner scorecards: a partner sees its own, staff need the {CrmScopes.StaffPerformance} scope.") { Code = RefusalCode };
}
