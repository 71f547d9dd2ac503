using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SessionRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "OfferInformationSessions",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Information");

            migrationBuilder.AddColumn<int>(
                name: "Seats",
                table: "OfferInformationSessions",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SessionRegistrations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    OperatorOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    InformationSessionId = table.Column<long>(type: "bigint", nullable: false),
                    JobSeekerId = table.Column<long>(type: "bigint", nullable: false),
                    ReferralId = table.Column<long>(type: "bigint", nullable: true),
                    SessionKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SessionStartsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SessionLocation = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RegisteredByOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    RegisteredByClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RegisteredByUserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CancelledByOrganisationId = table.Column<long>(type: "bigint", nullable: true),
                    CancellationReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionRegistrations_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionRegistrations_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistrations_InformationSessionId_JobSeekerId",
                table: "SessionRegistrations",
                columns: new[] { "InformationSessionId", "JobSeekerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistrations_JobSeekerId",
                table: "SessionRegistrations",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistrations_OfferId",
                table: "SessionRegistrations",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionRegistrations_OperatorOrganisationId",
                table: "SessionRegistrations",
                column: "OperatorOrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionRegistrations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "OfferInformationSessions");

            migrationBuilder.DropColumn(
                name: "Seats",
                table: "OfferInformationSessions");
        }
    }
}
