using CrmGraph.GraphQL.Schema;

namespace CrmGraph.Server.Tests.Schema;

[Collection(ServerCollection.Name)]
public sealed class SchemaDriftTests(CrmServerFixture server)
{
    [Fact]
    public void The_checked_in_schema_is_the_running_schema()
    {
        var checkedIn = File.ReadAllText(Path.Combine(RepositoryFolders.Root(), "schema", "schema.graphql"));
        var running = SchemaExport.Print(server.Services);

        Assert.True(
            checkedIn.ReplaceLineEndings() == running.ReplaceLineEndings(),
            "schema/schema.graphql differs from the running schema; run `dotnet run --project src/CrmGraph.Server -- export-schema`.");
    }
}
