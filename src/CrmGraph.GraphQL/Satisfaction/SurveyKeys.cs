using System.Linq.Expressions;
using CrmGraph.Data.Functions;
using CrmGraph.Domain.Satisfaction;

namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>What a survey is counted under, as expressions the database evaluates: to filter by, or to bucket by.</summary>
internal static class SurveyKeys
{
    /// <summary>
    /// The product a survey is about: for an order, the product of its first line (orders are placed from a quote
    /// of one product, so that is the order's product); for a complaint, the product complained about; for an
    /// interaction, or a complaint naming no product, none.
    /// </summary>
    public static Expression<Func<SatisfactionSurvey, int?>> ProductOf(CrmDbContext db) =>
        s => db.ServiceOrderLines.Where(l => l.ServiceOrderId == s.ServiceOrderId).OrderBy(l => l.Id).Select(l => (int?)l.ServiceProductId).FirstOrDefault()
            ?? db.Complaints.Where(c => c.Id == s.ComplaintId).Select(c => c.ServiceProductId).FirstOrDefault();

    /// <summary>The partner that owns the survey's customer; none for the company's own customers.</summary>
    public static Expression<Func<SatisfactionSurvey, int?>> PartnerOf(CrmDbContext db) =>
        s => db.Customers.Where(c => c.Id == s.CustomerId).Select(c => c.PartnerId).FirstOrDefault();

    /// <summary>The bucket key of <paramref name="by"/>; the same (null) key for every survey without one.</summary>
    public static Expression<Func<SatisfactionSurvey, int?>> For(CrmDbContext db, SatisfactionGrouping? by) => by switch
    {
        null => s => null,
        SatisfactionGrouping.Day => s => UtcCalendar.DayNumber(s.RespondedAt),
        SatisfactionGrouping.Week => s => UtcCalendar.DayNumber(s.RespondedAt) / UtcCalendar.DaysPerWeek,
        SatisfactionGrouping.Month => s => UtcCalendar.MonthNumber(s.RespondedAt),
        SatisfactionGrouping.Product => ProductOf(db),
        SatisfactionGrouping.StaffMember => s => s.StaffMemberId,
        SatisfactionGrouping.Partner => PartnerOf(db),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Unknown grouping."),
    };

    /// <summary>Each survey with its bucket key, for <see cref="ResponseGroupQuery"/>.</summary>
    public static IQueryable<KeyedSurvey> KeyedBy(this IQueryable<SatisfactionSurvey> surveys, Expression<Func<SatisfactionSurvey, int?>> key)
    {
        var survey = key.Parameters[0];
        var keyed = Expression.MemberInit(
            Expression.New(typeof(KeyedSurvey)),
            Expression.Bind(typeof(KeyedSurvey).GetProperty(nameof(KeyedSurvey.Bucket))!, key.Body),
            Expression.Bind(typeof(KeyedSurvey).GetProperty(nameof(KeyedSurvey.Survey))!, survey));
        return surveys.Select(Expression.Lambda<Func<SatisfactionSurvey, KeyedSurvey>>(keyed, survey));
    }

    /// <summary>The surveys whose <paramref name="key"/> is <paramref name="value"/> (sent as a parameter).</summary>
    public static IQueryable<SatisfactionSurvey> WhereKeyIs(this IQueryable<SatisfactionSurvey> surveys, Expression<Func<SatisfactionSurvey, int?>> key, int value)
    {
        Expression<Func<int?>> wanted = () => value;
        return surveys.Where(Expression.Lambda<Func<SatisfactionSurvey, bool>>(Expression.Equal(key.Body, wanted.Body), key.Parameters));
    }
}
