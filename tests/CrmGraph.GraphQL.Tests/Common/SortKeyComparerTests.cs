namespace CrmGraph.GraphQL.Tests.Common;

public sealed class SortKeyComparerTests
{
    private sealed record Row(string Name, DateTimeOffset At, int Id);

    [Fact]
    public void Rows_sort_by_each_key_in_turn_with_its_own_direction()
    {
        var t = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Row[] rows = [new("b", t, 1), new("a", t, 2), new("a", t.AddDays(1), 3), new("a", t, 4)];
        var comparer = new SortKeyComparer<Row>([SortKey<Row>.Ascending(r => r.Name), SortKey<Row>.Descend(r => r.At), SortKey<Row>.Descend(r => r.Id)]);

        Assert.Equal([3, 4, 2, 1], rows.Order(comparer).Select(r => r.Id));
    }

    [Fact]
    public void Strings_compare_ordinally_like_the_database()
    {
        Row[] rows = [new("b", default, 1), new("B", default, 2), new("!", default, 3)];
        var comparer = new SortKeyComparer<Row>([SortKey<Row>.Ascending(r => r.Name)]);

        Assert.Equal(["!", "B", "b"], rows.Order(comparer).Select(r => r.Name));
    }
}
