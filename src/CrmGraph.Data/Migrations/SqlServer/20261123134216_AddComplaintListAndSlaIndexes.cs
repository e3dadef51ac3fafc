using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddComplaintListAndSlaIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Complaints_FirstResponseBreached_FirstResponseDueAt",
                table: "Complaints",
                columns: new[] { "FirstResponseBreached", "FirstResponseDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_FirstResponseDueAt_Id",
                table: "Complaints",
                columns: new[] { "FirstResponseDueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedAt_Id",
                table: "Complaints",
                columns: new[] { "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ResolutionBreached_ResolutionDueAt",
                table: "Complaints",
                columns: new[] { "ResolutionBreached", "ResolutionDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ResolutionDueAt_Id",
                table: "Complaints",
                columns: new[] { "ResolutionDueAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_FirstResponseBreached_FirstResponseDueAt",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_FirstResponseDueAt_Id",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ReceivedAt_Id",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ResolutionBreached_ResolutionDueAt",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ResolutionDueAt_Id",
                table: "Complaints");
        }
    }
}
