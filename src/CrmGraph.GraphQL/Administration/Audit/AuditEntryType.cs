using CrmGraph.Data.Audit;

namespace CrmGraph.GraphQL.Administration.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One administrative change: who made it, when, what it did, and the object before and after.";
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field(e => e.Actor).Description("The administrator (name and staff id) or 'command line' for the operator's bootstrap verbs.");
        Field(e => e.Action).Description("The mutation or verb, e.g. createPartner.");
        Field(e => e.TargetType).Description("Partner, StaffMember, StaffAccount or OAuthClient.");
        Field(e => e.TargetKey).Description("The partner code, staff email or client id.");
        Field(e => e.Before, nullable: true).Description("The object before, as JSON; null when the change created it.");
        Field(e => e.After, nullable: true).Description("The object after, as JSON; null when the change deleted it.");
    }
}
