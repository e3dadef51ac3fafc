using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RunTheCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ServiceProducts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "ServiceOrders",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "ServiceOrders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EstimateId",
                table: "ServiceOrders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LoyaltyPointsEarned",
                table: "ServiceOrders",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartedAt",
                table: "ServiceOrders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TechnicianId",
                table: "ServiceOrders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkNotes",
                table: "ServiceOrders",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordedAt",
                table: "Prices",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecordedByStaffId",
                table: "Prices",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Active",
                table: "AddOnServices",
                type: "bit",
                nullable: false,
                defaultValue: true); // existing add-ons stay on sale

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "AddOnServices",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CatalogueChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ServiceProductId = table.Column<int>(type: "int", nullable: true),
                    AddOnServiceId = table.Column<int>(type: "int", nullable: true),
                    PriceListId = table.Column<int>(type: "int", nullable: true),
                    PriceId = table.Column<int>(type: "int", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ByStaffId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueChanges_AddOnServices_AddOnServiceId",
                        column: x => x.AddOnServiceId,
                        principalTable: "AddOnServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueChanges_PriceLists_PriceListId",
                        column: x => x.PriceListId,
                        principalTable: "PriceLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueChanges_ServiceProducts_ServiceProductId",
                        column: x => x.ServiceProductId,
                        principalTable: "ServiceProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogueChanges_StaffMembers_ByStaffId",
                        column: x => x.ByStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Estimates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CustomerId = table.Column<int>(type: "int", nullable: false),
                    PriceListId = table.Column<int>(type: "int", nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Subtotal = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Discount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Total = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    StaffMemberId = table.Column<int>(type: "int", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeclineReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Estimates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Estimates_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Estimates_PriceLists_PriceListId",
                        column: x => x.PriceListId,
                        principalTable: "PriceLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Estimates_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOrderEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ServiceOrderId = table.Column<int>(type: "int", nullable: false),
                    FromStatus = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ToStatus = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ActorStaffId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOrderEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceOrderEvents_ServiceOrders_ServiceOrderId",
                        column: x => x.ServiceOrderId,
                        principalTable: "ServiceOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceOrderEvents_StaffMembers_ActorStaffId",
                        column: x => x.ActorStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EstimateLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EstimateId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Discount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    LineTotal = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    PriceId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateLines_Estimates_EstimateId",
                        column: x => x.EstimateId,
                        principalTable: "Estimates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrders_EstimateId",
                table: "ServiceOrders",
                column: "EstimateId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrders_TechnicianId",
                table: "ServiceOrders",
                column: "TechnicianId");

            migrationBuilder.CreateIndex(
                name: "IX_Prices_RecordedByStaffId",
                table: "Prices",
                column: "RecordedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueChanges_AddOnServiceId",
                table: "CatalogueChanges",
                column: "AddOnServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueChanges_At_Id",
                table: "CatalogueChanges",
                columns: new[] { "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueChanges_ByStaffId",
                table: "CatalogueChanges",
                column: "ByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueChanges_PriceListId",
                table: "CatalogueChanges",
                column: "PriceListId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueChanges_ServiceProductId_At",
                table: "CatalogueChanges",
                columns: new[] { "ServiceProductId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_EstimateLines_EstimateId",
                table: "EstimateLines",
                column: "EstimateId");

            migrationBuilder.CreateIndex(
                name: "IX_Estimates_CustomerId_CreatedAt_Id",
                table: "Estimates",
                columns: new[] { "CustomerId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Estimates_Number",
                table: "Estimates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Estimates_PriceListId",
                table: "Estimates",
                column: "PriceListId");

            migrationBuilder.CreateIndex(
                name: "IX_Estimates_StaffMemberId",
                table: "Estimates",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrderEvents_ActorStaffId",
                table: "ServiceOrderEvents",
                column: "ActorStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrderEvents_ServiceOrderId_At_Id",
                table: "ServiceOrderEvents",
                columns: new[] { "ServiceOrderId", "At", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Prices_StaffMembers_RecordedByStaffId",
                table: "Prices",
                column: "RecordedByStaffId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceOrders_Estimates_EstimateId",
                table: "ServiceOrders",
                column: "EstimateId",
                principalTable: "Estimates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceOrders_StaffMembers_TechnicianId",
                table: "ServiceOrders",
                column: "TechnicianId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Prices_StaffMembers_RecordedByStaffId",
                table: "Prices");

            migrationBuilder.DropForeignKey(
                name: "FK_ServiceOrders_Estimates_EstimateId",
                table: "ServiceOrders");

            migrationBuilder.DropForeignKey(
                name: "FK_ServiceOrders_StaffMembers_TechnicianId",
                table: "ServiceOrders");

            migrationBuilder.DropTable(
                name: "CatalogueChanges");

            migrationBuilder.DropTable(
                name: "EstimateLines");

            migrationBuilder.DropTable(
                name: "ServiceOrderEvents");

            migrationBuilder.DropTable(
                name: "Estimates");

            migrationBuilder.DropIndex(
                name: "IX_ServiceOrders_EstimateId",
                table: "ServiceOrders");

            migrationBuilder.DropIndex(
                name: "IX_ServiceOrders_TechnicianId",
                table: "ServiceOrders");

            migrationBuilder.DropIndex(
                name: "IX_Prices_RecordedByStaffId",
                table: "Prices");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ServiceProducts");

            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "ServiceOrders");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "ServiceOrders");

            migrationBuilder.DropColumn(
                name: "EstimateId",
                table: "ServiceOrders");

            migrationBuilder.DropColumn(
                name: "LoyaltyPointsEarned",
                table: "ServiceOrders");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "ServiceOrders");

            migrationBuilder.DropColumn(
                name: "TechnicianId",
                table: "ServiceOrders");

            migrationBuilder.DropColumn(
                name: "WorkNotes",
                table: "ServiceOrders");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "Prices");

            migrationBuilder.DropColumn(
                name: "RecordedByStaffId",
                table: "Prices");

            migrationBuilder.DropColumn(
                name: "Active",
                table: "AddOnServices");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AddOnServices");
        }
    }
}
