using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersonsRights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "JobSeekers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataCorrections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobSeekerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataCorrections_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PeopleAnonymised = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleHeld = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessLogEntriesPurged = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataCorrections_JobSeekerId_At",
                table: "DataCorrections",
                columns: new[] { "JobSeekerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRuns_FinishedAt_LeaseUntil",
                table: "RetentionRuns",
                columns: new[] { "FinishedAt", "LeaseUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataCorrections");

            migrationBuilder.DropTable(
                name: "RetentionRuns");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "JobSeekers");
        }
    }
}
