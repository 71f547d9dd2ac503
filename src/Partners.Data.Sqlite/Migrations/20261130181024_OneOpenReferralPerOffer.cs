using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OneOpenReferralPerOffer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OneOpenPerOffer",
                table: "Referrals",
                columns: new[] { "JobSeekerId", "OfferId" },
                unique: true,
                filter: "\"Status\" NOT IN ('Refused', 'Completed', 'Abandoned', 'Cancelled')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OneOpenPerOffer",
                table: "Referrals");
        }
    }
}
