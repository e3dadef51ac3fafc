namespace CrmGraph.Server.Tests.Infrastructure;

internal static class RepositoryFolders
{
    /// <summary>The repository root: the nearest folder above the test binaries holding CrmGraph.sln.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CrmGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
