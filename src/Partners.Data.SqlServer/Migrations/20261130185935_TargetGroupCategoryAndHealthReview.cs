using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Partners.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TargetGroupCategoryAndHealthReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "TargetGroups",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Health_NonMobilisableReviewedOn",
                table: "JobSeekers",
                type: "date",
                nullable: true);

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 1L,
                column: "Category",
                value: "Pathway");

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 2L,
                column: "Category",
                value: "Pathway");

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 3L,
                column: "Category",
                value: "Social");

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 4L,
                column: "Category",
                value: "Social");

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 5L,
                column: "Category",
                value: "Pathway");

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 6L,
                column: "Category",
                value: "Pathway");

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 7L,
                column: "Category",
                value: "Health");

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 8L,
                column: "Category",
                value: "Pathway");

            migrationBuilder.UpdateData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 9L,
                column: "Category",
                value: "Pathway");

            migrationBuilder.InsertData(
                table: "TargetGroups",
                columns: new[] { "Id", "Category", "Code", "NameEn", "NameFr" },
                values: new object[] { 10L, "Social", "SOCIAL_AID", "Social aid beneficiaries", "Bénéficiaires d'une aide sociale du CPAS" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "TargetGroups",
                keyColumn: "Id",
                keyValue: 10L);

            migrationBuilder.DropColumn(
                name: "Category",
                table: "TargetGroups");

            migrationBuilder.DropColumn(
                name: "Health_NonMobilisableReviewedOn",
                table: "JobSeekers");
        }
    }
}
