namespace CrmGraph.GraphQL.AspNetCore.Tests.Limits;

/// <summary>Without <c>EnableFieldSuggestions</c> (the default) validation messages name no field, argument or type the caller did not.</summary>
[Collection(MaskedHost.Collection)]
public sealed class SuggestionsOffTests(MaskedHost host)
{
    [Theory]
    [InlineData("{ helo }", "FIELDS_ON_CORRECT_TYPE", "hello")]
    [InlineData("""{ hello(nam: "x") }""", "KNOWN_ARGUMENT_NAMES", "name")]
    [InlineData("query($x: Strin) { hello(name: $x) }", "KNOWN_TYPE_NAMES", "String")]
    public async Task The_did_you_mean_suggestion_is_cut_off(string document, string code, string suggestion)
    {
        var reply = await host.PostAsync(new { query = document });

        var error = Assert.Single(reply.Errors, e => GraphQLReply.CodeOf(e) == code);
        var message = error.GetProperty("message").GetString()!;
        Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
        Assert.DoesNotContain($"'{suggestion}'", reply.Text, StringComparison.Ordinal);
    }
}

/// <summary>With <c>EnableFieldSuggestions</c> (Development) validation messages keep their suggestions.</summary>
[Collection(ExposedHost.Collection)]
public sealed class SuggestionsOnTests(ExposedHost host)
{
    [Fact]
    public async Task The_did_you_mean_suggestion_is_kept()
    {
        var reply = await host.PostAsync(new { query = "{ helo }" });

        Assert.Contains("Did you mean 'hello'", Assert.Single(reply.Errors).GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
