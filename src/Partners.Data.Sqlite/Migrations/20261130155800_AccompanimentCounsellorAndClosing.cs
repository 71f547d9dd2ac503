using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccompanimentCounsellorAndClosing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AccompanimentClosedOn",
                table: "JobSeekers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pathway_ClosingAttainment",
                table: "JobSeekers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pathway_ClosingEvaluation",
                table: "JobSeekers",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pathway_ReferentCounsellorUserId",
                table: "JobSeekers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CounsellorDesignations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobSeekerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounsellorUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CounsellorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DesignatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DesignatedByClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DesignatedByUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounsellorDesignations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounsellorDesignations_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_AccompanimentClosedOn",
                table: "JobSeekers",
                column: "AccompanimentClosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_CounsellorDesignations_JobSeekerId_DesignatedAt",
                table: "CounsellorDesignations",
                columns: new[] { "JobSeekerId", "DesignatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CounsellorDesignations");

            migrationBuilder.DropIndex(
                name: "IX_JobSeekers_AccompanimentClosedOn",
                table: "JobSeekers");

            migrationBuilder.DropColumn(
                name: "AccompanimentClosedOn",
                table: "JobSeekers");

            migrationBuilder.DropColumn(
                name: "Pathway_ClosingAttainment",
                table: "JobSeekers");

            migrationBuilder.DropColumn(
                name: "Pathway_ClosingEvaluation",
                table: "JobSeekers");

            migrationBuilder.DropColumn(
                name: "Pathway_ReferentCounsellorUserId",
                table: "JobSeekers");
        }
    }
}
