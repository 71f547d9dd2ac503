using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ActionPlanAndInformation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "InformationDueOn",
                table: "Referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JobSeekerInformedBy",
                table: "Referrals",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "JobSeekerInformedOn",
                table: "Referrals",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JobSeekerId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    DrawnUpOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CopyReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedByClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Actions = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Commitments = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Objectives = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlans_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_JobSeekerId_Version",
                table: "ActionPlans",
                columns: new[] { "JobSeekerId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionPlans");

            migrationBuilder.DropColumn(
                name: "InformationDueOn",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "JobSeekerInformedBy",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "JobSeekerInformedOn",
                table: "Referrals");
        }
    }
}
