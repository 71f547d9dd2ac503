using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Data.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JobSeekerInformedBy",
                table: "Referrals",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "JobSeekerInformedOn",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobSeekerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawnUpOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CopyReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Actions = table.Column<string>(type: "TEXT", nullable: true),
                    Commitments = table.Column<string>(type: "TEXT", nullable: true),
                    Objectives = table.Column<string>(type: "TEXT", nullable: true)
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
