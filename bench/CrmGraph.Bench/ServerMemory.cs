using System.Globalization;

namespace CrmGraph.Bench;

/// <summary>Reads a local process's resident memory from <c>/proc</c> (Linux), when its id is given.</summary>
internal static class ServerMemory
{
    public static long? ResidentBytes(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/status"))
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
