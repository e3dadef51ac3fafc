using CrmGraph.Domain.History;

namespace CrmGraph.Domain.Tests.History;

public sealed class InteractionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_interaction_keeps_what_happened_with_trimmed_notes()
    {
        var interaction = Interaction.Record(3, ContactChannel.Phone, InteractionKind.Repair, InteractionOutcome.FollowUpNeeded, 9, Now.AddHours(-1), "  Booked a technician. ", Now).Value;

        Assert.Equal(3, interaction.CustomerId);
        Assert.Equal(InteractionKind.Repair, interaction.Kind);
        Assert.Equal("Booked a technician.", interaction.Notes);
        Assert.Equal(Now.AddHours(-1), interaction.OccurredAt);
    }

    [Fact]
    public void Blank_notes_are_stored_as_none() =>
        Assert.Null(Interaction.Record(3, ContactChannel.Email, InteractionKind.Inquiry, InteractionOutcome.Completed, null, Now, "   ", Now).Value.Notes);

    [Fact]
    public void An_interaction_in_the_future_is_refused()
    {
        var outcome = Interaction.Record(3, ContactChannel.Email, InteractionKind.Inquiry, InteractionOutcome.Completed, null, Now.AddHours(1), null, Now);

        Assert.Equal("occurredAt", Assert.Single(outcome.Errors).Field);
    }

    [Fact]
    public void Notes_over_the_limit_are_refused()
    {
        var outcome = Interaction.Record(3, ContactChannel.Email, InteractionKind.Inquiry, InteractionOutcome.Completed, null, Now, new string('n', Interaction.MaxNotesLength + 1), Now);

        Assert.Equal("notes", Assert.Single(outcome.Errors).Field);
    }
}
