using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CrmGraph.Server.Tests.Infrastructure;

/// <summary>
/// The CrmGraph server as a separate operating-system process (the built <c>CrmGraph.Server.dll</c> run by
/// <c>dotnet</c>), for tests that must kill it as a crash would: no shutdown hooks, no flushing.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process) => _process = process;

    /// <summary>Where the server answers once it has started.</summary>
    public Uri BaseAddress => _listening.Task.Result;

    /// <summary>Starts the server on a free loopback port with <paramref name="dataFolder"/> and <paramref name="settings"/>, and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string environment, string dataFolder, params string[] settings)
    {
        var binaries = ServerBinaries();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = ["exec", Path.Combine(binaries, "CrmGraph.Server.dll"), "--urls", "http://127.0.0.1:0", "--DataFolder", dataFolder, "--environment", environment, .. settings];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var server = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        server._process.OutputDataReceived += (_, line) => server.Record(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Record(line.Data);
        server._process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException($"The server exited on start:\n{server.Output()}"));
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server._listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            server.Dispose();
            throw new InvalidOperationException($"The server did not start within {StartTimeout}:\n{server.Output()}");
        }

        return server;
    }

    /// <summary>Kills the process with SIGKILL, as a crash or an out-of-memory kill would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>The server project's build output, of the same configuration as these tests.</summary>
    private static string ServerBinaries()
    {
        var testBinaries = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBinaries.Name;
        var configuration = testBinaries.Parent!.Name;
        var folder = Path.Combine(RepositoryFolders.Root(), "src", "CrmGraph.Server", "bin", configuration, framework);
        return File.Exists(Path.Combine(folder, "CrmGraph.Server.dll"))
            ? folder
            : throw new InvalidOperationException($"The server is not built at {folder}; build the solution first.");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    [GeneratedRegex("CrmGraph GraphQL endpoint: (?<address>http://[^/]+)/graphql")]
    private static partial Regex ListeningLine();
}
