namespace CrmGraph.GraphQL.Staff;

internal static class StaffReference
{
    /// <summary>
    /// Decodes an optional staff member id from an input and checks that the staff member exists, adding a
    /// NotFound error for <paramref name="field"/> when not.
    /// </summary>
    public static async Task<int?> ResolveAsync(CrmDbContext db, string? id, string field, List<DomainError> errors, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return null;
        }

        var key = GlobalId.ParseFor(StaffMemberType.TypeName, id, $"input.{field}");
        if (!await db.StaffMembers.AnyAsync(s => s.Id == key, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No staff member has id '{id}'.", field));
        }

        return key;
    }
}
