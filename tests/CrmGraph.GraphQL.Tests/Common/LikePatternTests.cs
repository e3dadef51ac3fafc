namespace CrmGraph.GraphQL.Tests.Common;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("50%", "50\\%")]
    [InlineData("a_b", "a\\_b")]
    [InlineData("c:\\x", "c:\\\\x")]
    public void Wildcards_in_user_text_match_only_themselves(string text, string escaped) =>
        Assert.Equal(escaped, LikePattern.Escape(text));
}
