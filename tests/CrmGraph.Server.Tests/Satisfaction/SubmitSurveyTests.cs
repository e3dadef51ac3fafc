using CrmGraph.GraphQL.Common;
using Microsoft.EntityFrameworkCore;
using static CrmGraph.Server.Tests.Satisfaction.SatisfactionApi;

namespace CrmGraph.Server.Tests.Satisfaction;

[Collection(ServerCollection.Name)]
public sealed class SubmitSurveyTests(CrmServerFixture server)
{
    [Fact]
    public async Task A_survey_is_recorded_with_its_answers_and_rates_the_staff_member_of_its_subject()
    {
        var staffId = await NewStaffMemberAsync(server);
        var customerId = await NewCustomerAsync(server, partnerCode: null);
        var interactionId = await InteractionAsync(server.Client, customerId, staffId);

        var survey = await SubmittedAsync(server.Client, new
        {
            customerId,
            about = new { interactionId },
            channel = "DIRECT_CONTACT",
            scale = "SEVEN_LEVEL",
            overallScore = 6,
            dimensions = new object[] { new { dimension = "RELIABILITY", perception = 5, expectation = 7 }, new { dimension = "EMPATHY", perception = 7 } },
            recommendScore = 9,
            comment = "  Fixed on the first visit.  ",
            respondedAt = "2026-01-15T10:30:00+01:00",
        });

        Assert.Equal((7, 6, 9), (survey.GetProperty("scaleLevels").GetInt32(), survey.GetProperty("overallScore").GetInt32(), survey.GetProperty("recommendScore").GetInt32()));
        Assert.Equal(("INTERACTION", "DIRECT_CONTACT", "Fixed on the first visit."), (survey.GetProperty("subjectKind").GetString(), survey.GetProperty("channel").GetString(), survey.GetProperty("comment").GetString()));
        Assert.Equal(interactionId, survey.GetProperty("interaction").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, survey.GetProperty("order").ValueKind);
        Assert.Equal(staffId, survey.GetProperty("staffMember").GetProperty("id").GetString());
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero), survey.GetProperty("respondedAt").GetDateTimeOffset());
        var reliability = survey.GetProperty("dimensions")[0];
        Assert.Equal(("RELIABILITY", 5, 7, -2), (reliability.GetProperty("dimension").GetString(), reliability.GetProperty("perception").GetInt32(), reliability.GetProperty("expectation").GetInt32(), reliability.GetProperty("gap").GetInt32()));

        var key = GlobalId.TryParse(survey.GetProperty("id").GetString(), out var id) ? id.Key : 0;
        var stored = await server.InDatabaseAsync(db => db.Surveys.AsNoTracking().SingleAsync(s => s.Id == key));
        Assert.Equal((5, (int?)7, (int?)7, (int?)null), (stored.ReliabilityPerception!.Value, stored.ReliabilityExpectation, stored.EmpathyPerception, stored.TangiblesPerception));
    }

    [Fact]
    public async Task Answers_off_the_scale_or_about_someone_else_are_refused_and_nothing_is_written()
    {
        var customerId = await NewCustomerAsync(server, partnerCode: null);
        var otherCustomer = await NewCustomerAsync(server, partnerCode: null);
        var othersInteraction = await InteractionAsync(server.Client, otherCustomer);
        var before = await server.InDatabaseAsync(db => db.Surveys.CountAsync());

        var payload = await SubmitAsync(server.Client, new
        {
            customerId,
            about = new { interactionId = othersInteraction },
            scale = "FIVE_LEVEL",
            overallScore = 6,
            dimensions = new object[] { new { dimension = "TANGIBLES", perception = 4, expectation = 7 } },
            recommendScore = 11,
            staffMemberId = GlobalId.Encode("StaffMember", 999_999),
        });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("survey").ValueKind);
        Assert.Equal(
            [("NotFoundError", "staffMemberId"), ("ValidationError", "about.interactionId"), ("ValidationError", "overallScore"),
             ("ValidationError", "dimensions[0].expectation"), ("ValidationError", "recommendScore")],
            Errors(payload));
        Assert.Equal(before, await server.InDatabaseAsync(db => db.Surveys.CountAsync()));
    }

    [Fact]
    public async Task A_subject_that_does_not_exist_is_not_found_and_the_other_answers_are_still_checked()
    {
        var customerId = await NewCustomerAsync(server, partnerCode: null);

        var payload = await SubmitAsync(server.Client, new
        {
            customerId,
            about = new { orderId = GlobalId.Encode("ServiceOrder", 999_999) },
            scale = "SEVEN_LEVEL",
            overallScore = 8,
        });

        Assert.Equal([("NotFoundError", "about.orderId"), ("ValidationError", "overallScore")], Errors(payload));
    }

    [Fact]
    public async Task A_survey_names_exactly_one_subject()
    {
        var customerId = await NewCustomerAsync(server, partnerCode: null);
        var interactionId = await InteractionAsync(server.Client, customerId);
        var before = await server.InDatabaseAsync(db => db.Surveys.CountAsync());

        var response = await server.Client.PostAsync(
            "mutation($input: SubmitSurveyInput!) { submitSurvey(input: $input) { survey { id } } }",
            new { input = new { customerId, about = new { interactionId, orderId = GlobalId.Encode("ServiceOrder", 1) }, scale = "FIVE_LEVEL", overallScore = 4 } });

        Assert.NotNull(response.Errors);
        Assert.Equal(before, await server.InDatabaseAsync(db => db.Surveys.CountAsync()));
    }

    [Fact]
    public async Task A_partner_submits_for_its_own_customers_and_cannot_reach_another_partners()
    {
        using var north = await server.PartnerClientAsync("partner-north");
        var own = await NewCustomerAsync(server, "NORTH");
        var foreign = await NewCustomerAsync(server, "SOUTH");
        var ownInteraction = await InteractionAsync(server.Client, own);
        var foreignInteraction = await InteractionAsync(server.Client, foreign);

        var survey = await SubmittedAsync(north, new { customerId = own, about = new { interactionId = ownInteraction }, scale = "FIVE_LEVEL", overallScore = 5 });
        var refused = await SubmitAsync(north, new { customerId = foreign, about = new { interactionId = foreignInteraction }, scale = "FIVE_LEVEL", overallScore = 5 });

        Assert.Equal(own, survey.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal([("NotFoundError", "customerId"), ("NotFoundError", "about.interactionId")], Errors(refused));
    }
}
