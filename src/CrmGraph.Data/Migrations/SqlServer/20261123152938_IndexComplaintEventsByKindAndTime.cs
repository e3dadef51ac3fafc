using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmGraph.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IndexComplaintEventsByKindAndTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ComplaintEvents_Kind_At_ComplaintId",
                table: "ComplaintEvents",
                columns: new[] { "Kind", "At", "ComplaintId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ComplaintEvents_Kind_At_ComplaintId",
                table: "ComplaintEvents");
        }
    }
}
