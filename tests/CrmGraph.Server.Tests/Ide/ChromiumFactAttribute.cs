namespace CrmGraph.Server.Tests.Ide;

/// <summary>A test that drives a real browser: reported as skipped, with the reason, on a machine without Chromium.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (SystemChromium.Path is null)
        {
            Skip = "No Chromium on this machine (apt-get install chromium, or set CHROMIUM_PATH); .ci/run installs it.";
        }
    }
}
