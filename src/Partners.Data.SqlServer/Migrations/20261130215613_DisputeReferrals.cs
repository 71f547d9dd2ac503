using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DisputeReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DisputeReferrals",
                columns: table => new
                {
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    DisputeId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeReferrals", x => new { x.DisputeId, x.ReferralId });
                    table.ForeignKey(
                        name: "FK_DisputeReferrals_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisputeReferrals_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisputeReferrals_ReferralId",
                table: "DisputeReferrals",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisputeReferrals");
        }
    }
}
