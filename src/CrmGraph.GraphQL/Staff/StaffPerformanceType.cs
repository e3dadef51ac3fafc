using CrmGraph.Domain.Staff;
using CrmGraph.GraphQL.Satisfaction;

namespace CrmGraph.GraphQL.Staff;

public sealed class StaffPerformanceType : ObjectGraphType<StaffPerformanceFigures>
{
    public StaffPerformanceType()
    {
        Name = "StaffPerformance";
        Description = "A staff member's figures for a period. Complaints count for their assignee. Ratios and averages are rounded to two places and null when there was nothing to divide by.";
        Field<NonNullGraphType<IntGraphType>>("rank")
            .Description("Place within their team: higher CSAT first (members without survey responses last), then more complaints resolved; members equal on both share a rank (1, 1, 3).")
            .Resolve(ctx => ctx.Source.Rank);
        Field<NonNullGraphType<IntGraphType>>("complaintsAssigned").Description("Complaints assigned to them that were received in the period.").Resolve(ctx => ctx.Source.ComplaintsAssigned);
        Field<NonNullGraphType<IntGraphType>>("complaintsResolved")
            .Description("Resolutions of their complaints in the period; a complaint resolved again after a reopen counts again.")
            .Resolve(ctx => ctx.Source.ComplaintsResolved);
        Field<DecimalGraphType>("averageFirstResponseHours")
            .Description("Hours from receipt to first response (acknowledgement or start of work), over their complaints first answered in the period.")
            .Resolve(ctx => ctx.Source.AverageFirstResponseHours);
        Field<DecimalGraphType>("averageResolutionHours")
            .Description("Hours from receipt to resolution, over the resolutions counted in complaintsResolved.")
            .Resolve(ctx => ctx.Source.AverageResolutionHours);
        Field<DecimalGraphType>("slaCompliancePercent")
            .Description("Of their complaints received in the period with a promised time decided (met or breached), the share with no promise breached.")
            .Resolve(ctx => ctx.Source.SlaCompliancePercent);
        Field<DecimalGraphType>("reopenRatePercent")
            .Description("Of the resolutions counted in complaintsResolved, the share that a later reopen undid.")
            .Resolve(ctx => ctx.Source.ReopenRatePercent);
        Field<NonNullGraphType<IntGraphType>>("surveyResponses")
            .Description("Survey responses about their work received in the period.")
            .Resolve(ctx => ctx.Source.Satisfaction.Responses);
        Field<DecimalGraphType>("csatPercent")
            .Description("Share of those responses in the top two levels of their scale (4–5 of 5, 6–7 of 7).")
            .Resolve(ctx => ctx.Source.Satisfaction.CsatPercent);
        Field<DecimalGraphType>("averageScore")
            .Description("Average overall score of those responses, normalised to 0–100: (score − 1) / (levels − 1) × 100.")
            .Resolve(ctx => ctx.Source.Satisfaction.AverageScore);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DimensionAverageType>>>>("dimensions")
            .Description("Average perception, expectation and gap per service-quality dimension, over those responses; all five, always.")
            .Resolve(ctx => ctx.Source.Satisfaction.Dimensions);
        Field<NonNullGraphType<IntGraphType>>("interactionsHandled").Description("Interactions they handled in the period.").Resolve(ctx => ctx.Source.InteractionsHandled);
        Field<NonNullGraphType<IntGraphType>>("ordersTaken").Description("Orders they took in the period, cancelled ones left out.").Resolve(ctx => ctx.Source.OrdersTaken);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>>("revenue")
            .Description("Those orders' totals as charged, one amount per currency, by currency code.")
            .Resolve(ctx => ctx.Source.Revenue);
    }
}
