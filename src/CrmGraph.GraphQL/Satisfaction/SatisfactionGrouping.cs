namespace CrmGraph.GraphQL.Satisfaction;

/// <summary>How the <c>satisfaction</c> figures are split into buckets.</summary>
public enum SatisfactionGrouping
{
    /// <summary>By UTC calendar day of the answer.</summary>
    Day,

    /// <summary>By ISO week of the answer: Monday 00:00 to Sunday 24:00, UTC.</summary>
    Week,

    /// <summary>By UTC calendar month of the answer.</summary>
    Month,

    /// <summary>By the product the survey is about (see <see cref="SurveyKeys.ProductOf"/>).</summary>
    Product,

    /// <summary>By the staff member whose work the survey rates.</summary>
    StaffMember,

    /// <summary>By the partner that owns the customer.</summary>
    Partner,
}
