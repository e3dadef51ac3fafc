using CrmGraph.Data.Audit;
using CrmGraph.GraphQL.Administration.Audit;
using CrmGraph.GraphQL.Administration.Clients;
using CrmGraph.Identity.Clients;
using GraphQL.Types.Relay;

namespace CrmGraph.GraphQL.Administration;

internal static class AdministrationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<AuditEntryType>>>("auditTrail")
            .Description("Every administrative change, newest first; optionally of one kind of object, or of one object. Administrators only.")
            .Argument<StringGraphType>("targetType", "Partner, StaffMember, StaffAccount or OAuthClient.")
            .Argument<StringGraphType>("targetKey", "A partner code, staff email or client id.")
            .AuthorizeWithPolicy(CrmPolicies.Administration)
            .PagedBy(ctx => Filtered(ctx.Db().AuditEntries.AsNoTracking(), ctx.GetArgument<string?>("targetType"), ctx.GetArgument<string?>("targetKey")), _ => NewestFirst);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OAuthClientType>>>>("oauthClients")
            .Description("The OAuth clients registered with the embedded server, by client id. Administrators only.")
            .AuthorizeWithPolicy(CrmPolicies.Administration)
            .ResolveAsync(async ctx => await ctx.Service<OAuthClientAdministration>().ListAsync(ctx.CancellationToken).ConfigureAwait(false));
    }

    private static readonly IReadOnlyList<SortKey<AuditEntry>> NewestFirst = [SortKey<AuditEntry>.Descend(e => e.At), SortKey<AuditEntry>.Descend(e => e.Id)];

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> entries, string? targetType, string? targetKey)
    {
        if (targetType is not null)
        {
            entries = entries.Where(e => e.TargetType == targetType);
        }

        return targetKey is null ? entries : entries.Where(e => e.TargetKey == targetKey);
    }
}
