using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MapComplaintRootCauses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ComplaintRootCauseMapping.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ComplaintRootCauseMapping.Down);
        }
    }
}
