using GraphQL;

namespace CrmGraph.GraphQL.Tests.Common;

public sealed class GlobalIdTests
{
    [Fact]
    public void An_id_round_trips_and_is_opaque()
    {
        var text = GlobalId.Encode("Customer", 42);

        Assert.DoesNotContain("Customer", text, StringComparison.Ordinal);
        Assert.True(GlobalId.TryParse(text, out var id));
        Assert.Equal(new GlobalId("Customer", 42), id);
        Assert.Equal(42, GlobalId.ParseFor("Customer", text, "id"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("Q3VzdG9tZXI")] // "Customer" with no key
    [InlineData("Q3VzdG9tZXI6LTE")] // "Customer:-1"
    [InlineData("Q3VzdG9tZXI6YWJj")] // "Customer:abc"
    [InlineData("OjQy")] // ":42"
    public void Malformed_ids_do_not_parse(string? text) => Assert.False(GlobalId.TryParse(text, out _));

    [Fact]
    public void An_id_of_another_type_is_an_invalid_id_error_naming_the_argument()
    {
        var partner = GlobalId.Encode("Partner", 7);

        var error = Assert.Throws<ExecutionError>(() => GlobalId.ParseFor("Customer", partner, "input.customerId"));
        Assert.Equal(ErrorCodes.InvalidId, error.Code);
        Assert.Contains("input.customerId", error.Message, StringComparison.Ordinal);
    }
}
