using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrganisationAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "StaffMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Active",
                table: "Partners",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // Partners that existed before deactivation was possible are active.

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Partners",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ExternalRef",
                table: "Customers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceSystem",
                table: "Customers",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_SourceSystem_ExternalRef",
                table: "Customers",
                columns: new[] { "SourceSystem", "ExternalRef" },
                unique: true,
                filter: "\"ExternalRef\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At_Id",
                table: "AuditEntries",
                columns: new[] { "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TargetType_TargetKey_At",
                table: "AuditEntries",
                columns: new[] { "TargetType", "TargetKey", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_Customers_SourceSystem_ExternalRef",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "Active",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ExternalRef",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "SourceSystem",
                table: "Customers");
        }
    }
}
