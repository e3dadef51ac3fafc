namespace CrmGraph.Data.Providers;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
