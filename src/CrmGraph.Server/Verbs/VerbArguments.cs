namespace CrmGraph.Server.Verbs;

/// <summary>
/// A verb's own options (<c>--name value</c>, repeatable, or <c>--flag</c>) and positional words, apart from the
/// server settings (<c>--Section:Key=value</c>) that configure it as they configure the server.
/// </summary>
internal sealed class VerbArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);

    private VerbArguments(IReadOnlyList<string> words, IReadOnlyList<string> settings)
    {
        Words = words;
        Settings = settings;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The server settings, for <see cref="ServerVerbs.BuildForVerb"/>.</summary>
    public IReadOnlyList<string> Settings { get; }

    /// <param name="args">The arguments after the verb.</param>
    /// <param name="valued">The verb's options that take a value; other <c>--name</c>s without '=' are flags.</param>
    public static VerbArguments Parse(IReadOnlyList<string> args, params string[] valued)
    {
        var words = new List<string>();
        var settings = new List<string>();
        var parsed = new VerbArguments(words, settings);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.TrimStart('-');
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
            }
            else if (arg.Contains('=', StringComparison.Ordinal))
            {
                settings.Add(arg);
            }
            else if (valued.Contains(name, StringComparer.OrdinalIgnoreCase) && i + 1 < args.Count)
            {
                parsed.Add(name, args[++i]);
            }
            else
            {
                parsed._flags.Add(name);
            }
        }

        return parsed;
    }

    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public bool Flag(string name) => _flags.Contains(name);

    private void Add(string name, string value)
    {
        if (!_options.TryGetValue(name, out var values))
        {
            _options[name] = values = [];
        }

        values.Add(value);
    }
}
