using CrmGraph.Data.Accounts;
using CrmGraph.Domain.Staff;
using CrmGraph.Identity.Accounts;

namespace CrmGraph.GraphQL.Administration.Staff;

internal static class StaffAccountLookup
{
    /// <summary>The staff member an input names and their sign-in account, or the error saying why there is none.</summary>
    public static async Task<Outcome<(StaffMember Staff, StaffAccount Account)>> FindAsync(CrmDbContext db, StaffAccounts accounts, StaffMemberRefInput input, CancellationToken cancellationToken)
    {
        var found = await StaffLookup.FindAsync(db, input.StaffMemberId, version: null, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Outcome<(StaffMember, StaffAccount)>.Failure(found.Errors);
        }

        return await accounts.FindAsync(found.Value.Id).ConfigureAwait(false) is { } account
            ? Outcome<(StaffMember, StaffAccount)>.Success((found.Value, account))
            : Outcome<(StaffMember, StaffAccount)>.Failure(new DomainError(DomainErrorCodes.NotFound, $"{found.Value.Name} has no account.", "staffMemberId"));
    }
}
