using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Data.Migrations.SqlServer
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
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChurnedAt",
                table: "Customers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "RiskScore",
                table: "Customers",
                type: "decimal(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RiskScoredAt",
                table: "Customers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustomerEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ToStatus = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    FromTier = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ToTier = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ChurnCause = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    LoyaltyPoints = table.Column<int>(type: "int", nullable: true),
                    ActorStaffId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
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
