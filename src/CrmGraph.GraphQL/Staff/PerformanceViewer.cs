using CrmGraph.Domain.Staff;

namespace CrmGraph.GraphQL.Staff;

/// <summary>
/// Whose performance figures the caller may see: their role from the access token, their team from the staff
/// directory (a team change applies at once, without a new token). The rule itself is
/// <see cref="PerformanceVisibility"/>.
/// </summary>
internal static class PerformanceViewer
{
    public const string RefusalCode = "AUTH_NOT_AUTHORIZED";

    public static IDataLoaderResult<PerformanceVisibility> VisibilityOf(IResolveFieldContext context)
    {
        var caller = context.Caller();
        var role = caller.IsStaff ? Enum.GetValues<StaffRole>().Cast<StaffRole?>().FirstOrDefault(r => r.ToString() == caller.Role) : null;
        return context.LoadById<StaffMember>(caller.StaffId)
            .Then(viewer => PerformanceVisibility.Of(role, caller.StaffId, viewer?.Team));
    }

    /// <summary>The error for asking about someone outside the caller's visibility; it names the rule.</summary>
    public static ExecutionError Refusal(StaffMember member, PerformanceVisibility visibility) =>
        new($"Not authorized to see the performance of {member.Name}: {visibility.Rule}.") { Code = RefusalCode };
}
