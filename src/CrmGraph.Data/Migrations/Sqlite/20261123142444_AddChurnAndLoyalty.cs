using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddChurnAndLoyalty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChurnCause",
                table: "Customers",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChurnedAt",
                table: "Customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RiskScore",
                table: "Customers",
                type: "INTEGER",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RiskScoredAt",
                table: "Customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustomerEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FromTier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToTier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ChurnCause = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LoyaltyPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorStaffId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerEvents_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CustomerEvents_StaffMembers_ActorStaffId",
                        column: x => x.ActorStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_RiskScore_Id",
                table: "Customers",
                columns: new[] { "RiskScore", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_RiskScoredAt",
                table: "Customers",
                column: "RiskScoredAt");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerEvents_ActorStaffId",
                table: "CustomerEvents",
                column: "ActorStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerEvents_CustomerId_At_Id",
                table: "CustomerEvents",
                columns: new[] { "CustomerId", "At", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerEvents");

            migrationBuilder.DropIndex(
                name: "IX_Customers_RiskScore_Id",
                table: "Customers");

            migrationBuilder.DropIndex(
                name: "IX_Customers_RiskScoredAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "ChurnCause",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "ChurnedAt",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "RiskScore",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "RiskScoredAt",
                table: "Customers");
        }
    }
}
