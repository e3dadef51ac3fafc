using CrmGraph.Domain.Satisfaction;
using CrmGraph.GraphQL.Complaints;
using CrmGraph.GraphQL.History;
using CrmGraph.GraphQL.Orders;

namespace CrmGraph.GraphQL.Satisfaction;

internal static class SurveySubjects
{
    /// <summary>
    /// Reads the order, complaint or interaction <paramref name="about"/> names. When the caller cannot see it, adds a
    /// NotFound error and hands back a stand-in owned by <paramref name="customerId"/>, so the rest of the input is
    /// still checked and every error is reported at once.
    /// </summary>
    public static async Task<SurveySubject> FindAsync(CrmDbContext db, int customerId, SurveySubjectInput about, List<DomainError> errors, CancellationToken cancellationToken)
    {
        // A OneOf input: the schema has already made sure exactly one id is given.
        var (kind, id, typeName) = about switch
        {
            { OrderId: { } order } => (SurveySubjectKind.ServiceOrder, order, ServiceOrderType.TypeName),
            { ComplaintId: { } complaint } => (SurveySubjectKind.Complaint, complaint, ComplaintType.TypeName),
            _ => (SurveySubjectKind.Interaction, about.InteractionId, InteractionType.TypeName),
        };
        var field = SatisfactionSurvey.SubjectField(kind);
        var key = GlobalId.ParseFor(typeName, id, $"input.{field}");
        var subject = await Visible(db, kind, key).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (subject is null)
        {
            errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No {typeName} has id '{id}'.", field));
        }

        return subject ?? new SurveySubject(kind, key, customerId, null);
    }

    private static IQueryable<SurveySubject> Visible(CrmDbContext db, SurveySubjectKind kind, int key) => kind switch
    {
        SurveySubjectKind.ServiceOrder => db.ServiceOrders.Where(o => o.Id == key).Select(o => new SurveySubject(kind, o.Id, o.CustomerId, o.StaffMemberId)),
        SurveySubjectKind.Complaint => db.Complaints.Where(c => c.Id == key).Select(c => new SurveySubject(kind, c.Id, c.CustomerId, c.AssigneeId)),
        _ => db.Interactions.Where(i => i.Id == key).Select(i => new SurveySubject(kind, i.Id, i.CustomerId, i.StaffMemberId)),
    };
}
