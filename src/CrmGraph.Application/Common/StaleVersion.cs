namespace CrmGraph.Application.Common;

public static class StaleVersion
{
    /// <summary>The user error for a change based on <paramref name="readVersion"/> when someone else saved since.</summary>
    public static DomainError Error(string noun, int readVersion, int? currentVersion) => new(
        DomainErrorCodes.ConcurrencyConflict,
        $"The {noun} was changed by someone else since version {readVersion} was read" +
        (currentVersion is null ? string.Empty : $" (it is now at version {currentVersion})") +
        ". Read it again and reapply your change.",
        "version");
}
