using Microsoft.EntityFrameworkCore;

namespace CrmGraph.Server.Tests.Hosting;

[Collection(ServerCollection.Name)]
public sealed class StartupTests(CrmServerFixture server)
{
    [Fact]
    public async Task The_embedded_database_is_a_migrated_sqlite_file_in_the_data_folder_in_wal_mode()
    {
        Assert.True(File.Exists(server.DatabaseFile));

        var pending = await server.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
        var mode = await server.InDatabaseAsync(db => db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
        Assert.Equal("wal", mode);
    }
}
