using CrmGraph.GraphQL.AspNetCore.DataLoading;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmGraph.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>
/// A schema small enough to reason about, exercising the transport: plain fields, a failing field, a mutation,
/// parents whose children come through the request's data loaders, and a subscription to the test's event feed.
/// </summary>
public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
        Subscription = new TestSubscription();
    }
}

/// <summary>A parent; <see cref="ChildKey"/> is its id modulo 10, so several parents share a key and key 0 has no child.</summary>
public sealed record Parent(int Id, int ChildKey, string Run);

public sealed record Child(int Id, string Name, string Run);

/// <summary>The data behind the loaders: keys 1 to 9 have one child (by id) and that many grouped children; key 0 has none.</summary>
public static class TestData
{
    public const int ParentCount = 30;

    public const string SecretDetail = "secret detail";

    public static bool Exists(int key) => key is >= 1 and <= 9;

    public static IEnumerable<Child> GroupOf(int key, string run) =>
        Exists(key) ? Enumerable.Range(1, key).Select(i => new Child((key * 100) + i, $"child {key}.{i}", run)) : [];
}

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";

        Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");

        this.AddExecutionFields();

        Field<StringGraphType>("restricted")
            .Description("Admins only, by the host's validation rule.")
            .Resolve(_ => "classified");

        Field<NonNullGraphType<BranchType>>("tree")
            .Description("The root of an endless tree; each call is counted in the probe under the run id.")
            .Argument<NonNullGraphType<StringGraphType>>("run")
            .Resolve(context =>
            {
                var run = context.GetArgument<string>("run");
                context.RequestServices!.GetRequiredService<TestProbe>().Increment(run);
                return new Branch(run, 0);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParentType>>>>("parents")
            .Argument<NonNullGraphType<StringGraphType>>("run")
            .Argument<IntGraphType>("count", argument => argument.DefaultValue = TestData.ParentCount)
            .Resolve(context =>
            {
                var run = context.GetArgument<string>("run");
                return Enumerable.Range(1, context.GetArgument<int>("count")).Select(id => new Parent(id, id % 10, run)).ToList();
            });
    }
}

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";

        Field<NonNullGraphType<IntGraphType>>("increment")
            .Argument<NonNullGraphType<StringGraphType>>("counter")
            .Resolve(context => Probe(context).Increment(context.GetArgument<string>("counter")));
    }

    private static TestProbe Probe(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TestProbe>();
}

public sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription()
    {
        Name = "Subscription";

        Field<NonNullGraphType<EventType>>("events")
            .Argument<NonNullGraphType<StringGraphType>>("topic")
            .ResolveStream(context =>
            {
                var topic = context.GetArgument<string>("topic");
                var services = context.RequestServices!;
                // Labelled so that a test can see when the operation's own scope is disposed.
                services.GetRequiredService<ScopeMarker>().Label = OperationScope(topic);
                return services.GetRequiredService<EventFeed>().Topic(topic);
            });
    }

    public static string OperationScope(string topic) => "events " + topic;
}

public sealed class EventType : ObjectGraphType<TestEvent>
{
    public EventType()
    {
        Name = "Event";

        Field(e => e.Sequence);
        Field(e => e.Text);

        this.AddExecutionFields();
    }
}

public sealed class ParentType : ObjectGraphType<Parent>
{
    public ParentType()
    {
        Name = "Parent";

        Field(parent => parent.Id);
        Field(parent => parent.ChildKey);

        Field<ChildType>("child")
            .Resolve(context => Loaders.Child(context, context.Source.Run, context.Source.ChildKey));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildType>>>>("children")
            .Resolve(context => Loaders.Children(context, context.Source.Run, context.Source.ChildKey));

        Field<StringGraphType>("childName")
            .Resolve(context => Loaders.Child(context, context.Source.Run, context.Source.ChildKey).Then(child => child?.Name));

        Field<ChildType>("brokenChild")
            .Resolve(context => Loaders.BrokenChild(context, context.Source.Run, context.Source.ChildKey));
    }
}

public sealed class ChildType : ObjectGraphType<Child>
{
    public ChildType()
    {
        Name = "Child";

        Field(child => child.Id);
        Field(child => child.Name);

        Field<ChildType>("again")
            .Description("The same child, loaded again by its key through the same loader.")
            .Resolve(context => Loaders.Child(context, context.Source.Run, context.Source.Id));

        Field<ChildType>("next")
            .Description("The child of the next key, through the same loader.")
            .Resolve(context => Loaders.Child(context, context.Source.Run, context.Source.Id + 1));
    }
}

/// <summary>The schema's loaders; every fetch is recorded in the probe under the request's run id.</summary>
public static class Loaders
{
    public const string ChildLoader = "child";
    public const string ChildrenLoader = "children";
    public const string BrokenChildLoader = "brokenChild";
    public const string LoaderFailure = "loader down";

    public static IDataLoaderResult<Child?> Child(IResolveFieldContext context, string run, int key)
    {
        var probe = Probe(context);
        return context.DataLoaders()
            .Batch<int, Child>(
                ChildLoader,
                (keys, _) =>
                {
                    probe.RecordFetch(run, ChildLoader, keys);
                    IReadOnlyDictionary<int, Child> found = keys.Where(TestData.Exists).ToDictionary(k => k, k => new Child(k, $"child {k}", run));
                    return Task.FromResult(found);
                })
            .LoadAsync(key);
    }

    public static IDataLoaderResult<IEnumerable<Child>> Children(IResolveFieldContext context, string run, int key)
    {
        var probe = Probe(context);
        return context.DataLoaders()
            .Group<int, Child>(
                ChildrenLoader,
                (keys, _) =>
                {
                    probe.RecordFetch(run, ChildrenLoader, keys);
                    var found = keys.SelectMany(k => TestData.GroupOf(k, run).Select(child => (Key: k, Child: child))).ToLookup(pair => pair.Key, pair => pair.Child);
                    return Task.FromResult(found);
                })
            .LoadAsync(key);
    }

    public static IDataLoaderResult<Child?> BrokenChild(IResolveFieldContext context, string run, int key)
    {
        var probe = Probe(context);
        return context.DataLoaders()
            .Batch<int, Child>(
                BrokenChildLoader,
                (keys, _) =>
                {
                    probe.RecordFetch(run, BrokenChildLoader, keys);
                    return Task.FromException<IReadOnlyDictionary<int, Child>>(new InvalidOperationException(LoaderFailure));
                })
            .LoadAsync(key);
    }

    private static TestProbe Probe(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TestProbe>();
}
