using CrmGraph.Domain.Satisfaction;
using CrmGraph.GraphQL.Customers;
using CrmGraph.GraphQL.Staff;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>Recording survey answers. Partners may submit them for their own customers.</summary>
internal static class SurveyMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SubmitSurveyPayloadType>>("submitSurvey")
            .Description("Records a customer's answers to a satisfaction survey about one of their orders, complaints or interactions.")
            .Argument<NonNullGraphType<SubmitSurveyInputType>>("input")
            .ResolveAsync(async ctx => await SubmitAsync(ctx).ConfigureAwait(false));

    private static async Task<Payload<SatisfactionSurvey>> SubmitAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<SubmitSurveyInput>("input");
        var customerId = GlobalId.ParseFor(CustomerType.TypeName, input.CustomerId, "input.customerId");
        var db = context.Db();
        var cancellationToken = context.CancellationToken;
        var now = context.Service<TimeProvider>().GetUtcNow();

        var errors = new List<DomainError>();
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new DomainError(DomainErrorCodes.NotFound, $"No customer has id '{input.CustomerId}'.", "customerId"));
        }

        var subject = await SurveySubjects.FindAsync(db, customerId, input.About, errors, cancellationToken).ConfigureAwait(false);
        var staffId = await StaffReference.ResolveAsync(db, input.StaffMemberId, "staffMemberId", errors, cancellationToken).ConfigureAwait(false);
        var outcome = SatisfactionSurvey.Submit(
            customerId,
            subject,
            staffId,
            input.Channel,
            input.Scale,
            input.OverallScore,
            (input.Dimensions ?? []).Select(d => new DimensionScore(d.Dimension, d.Perception, d.Expectation)).ToList(),
            input.RecommendScore,
            input.Comment,
            input.RespondedAt ?? now,
            now);
        errors.AddRange(outcome.Errors);
        if (errors.Count > 0)
        {
            return Payload<SatisfactionSurvey>.Failure(errors);
        }

        return Payload<SatisfactionSurvey>.From(await context.Command<CommandPipeline>().AddAsync(outcome.Value, cancellationToken).ConfigureAwait(false));
    }
}
