using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Partners.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Engagements",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Article = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Party = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    WordingFr = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    WordingEn = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Engagements", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Operation = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    InputHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ResultId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ClientSecret = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClientType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ConsentType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DisplayNames = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    JsonWebKeySet = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Permissions = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PostLogoutRedirectUris = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RedirectUris = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Requirements = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Settings = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictScopes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConcurrencyToken = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Descriptions = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DisplayNames = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Resources = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictScopes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EnterpriseNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Topic = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    OrganisationIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishedBy = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersistedDocument",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersistedDocument", x => x.Hash);
                });

            migrationBuilder.CreateTable(
                name: "TargetGroups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NameFr = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictAuthorizations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Scopes = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictAuthorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JobSeekerId = table.Column<long>(type: "bigint", nullable: false),
                    RespondentOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    RespondentParty = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EngagementCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReferralId = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RecordedByOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    RecordedByClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AcknowledgementDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnswerDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnswerFinding = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AnswerText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Engagements_EngagementCode",
                        column: x => x.EngagementCode,
                        principalTable: "Engagements",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Organisations_RecordedByOrganisationId",
                        column: x => x.RecordedByOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Organisations_RespondentOrganisationId",
                        column: x => x.RespondentOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CooperationContracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OfficeOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    OperatorOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    AdheresToEthicsCharter = table.Column<bool>(type: "bit", nullable: false),
                    DisputeClause = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationContracts_Organisations_OfficeOrganisationId",
                        column: x => x.OfficeOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CooperationContracts_Organisations_OperatorOrganisationId",
                        column: x => x.OperatorOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Disputes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FilerOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    FiledByClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FiledByUserId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RespondentOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ContractId = table.Column<long>(type: "bigint", nullable: false),
                    ClauseAtFiling = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    InvitedRepresentatives = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InadmissibleReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    FiledAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    MediationStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ArbitrationStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SettlementText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SettledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disputes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disputes_Organisations_FilerOrganisationId",
                        column: x => x.FilerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disputes_Organisations_RespondentOrganisationId",
                        column: x => x.RespondentOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobSeekers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Niss = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Identity_FirstName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Identity_LastName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Identity_BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Identity_Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Identity_Phone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Identity_Street = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Identity_PostalCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Identity_Municipality = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Pathway_RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Pathway_AccompanimentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Pathway_ReferentCounsellorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Pathway_TargetGroupCodes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Social_CpasOrganisationId = table.Column<long>(type: "bigint", nullable: true),
                    Social_FollowedByCpas = table.Column<bool>(type: "bit", nullable: false),
                    Social_ReceivesIntegrationIncome = table.Column<bool>(type: "bit", nullable: false),
                    Social_ReceivesSocialAid = table.Column<bool>(type: "bit", nullable: false),
                    Social_EmployedUnderArticle60 = table.Column<bool>(type: "bit", nullable: false),
                    Health_SpecificPathwayStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Health_SpecificPathwayEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Health_NonMobilisableFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Health_NonMobilisableUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Health_IcfSummary = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSeekers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobSeekers_Organisations_Social_CpasOrganisationId",
                        column: x => x.Social_CpasOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReconversionPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReconversionUnitOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    EmployerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EmployerEnterpriseNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconversionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReconversionPlans_Organisations_ReconversionUnitOrganisationId",
                        column: x => x.ReconversionUnitOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecurringDifficulties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReporterOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ReporterKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReporterClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ReporterUserId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringDifficulties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecurringDifficulties_Organisations_ReporterOrganisationId",
                        column: x => x.ReporterOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictTokens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: true),
                    AuthorizationId = table.Column<long>(type: "bigint", nullable: true),
                    ConcurrencyToken = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CreationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ExpirationDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Properties = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RedemptionDate = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReferenceId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Type = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId",
                        column: x => x.AuthorizationId,
                        principalTable: "OpenIddictAuthorizations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ComplaintHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ActorClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintHistory_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OperatorOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ContractId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ServiceType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Objectives = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ExpectedResults = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Deliverables = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PostalCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Municipality = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DurationDescription = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    SeatsTaken = table.Column<int>(type: "int", nullable: false),
                    IntakeModalities = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PrioritisationRule = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReferralModalities = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_CooperationContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "CooperationContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Offers_Organisations_OperatorOrganisationId",
                        column: x => x.OperatorOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisputeHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DisputeId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ActorClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisputeHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisputeHistory_Disputes_DisputeId",
                        column: x => x.DisputeId,
                        principalTable: "Disputes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    JobSeekerId = table.Column<long>(type: "bigint", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Operation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    BasisReference = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessLog_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JobSeekerId = table.Column<long>(type: "bigint", nullable: false),
                    RecipientOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    CoversIdentity = table.Column<bool>(type: "bit", nullable: false),
                    CoversPathway = table.Column<bool>(type: "bit", nullable: false),
                    CoversSocial = table.Column<bool>(type: "bit", nullable: false),
                    CoversHealth = table.Column<bool>(type: "bit", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    EvidenceReference = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    RecordedByOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    RecordedByClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    GrantedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consents_Organisations_RecipientOrganisationId",
                        column: x => x.RecipientOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobSeekerObjectives",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    JobSeekerPathwayJobSeekerId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSeekerObjectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobSeekerObjectives_JobSeekers_JobSeekerPathwayJobSeekerId",
                        column: x => x.JobSeekerPathwayJobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReconversionPlanWorkers",
                columns: table => new
                {
                    JobSeekerId = table.Column<long>(type: "bigint", nullable: false),
                    ReconversionPlanId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconversionPlanWorkers", x => new { x.ReconversionPlanId, x.JobSeekerId });
                    table.ForeignKey(
                        name: "FK_ReconversionPlanWorkers_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReconversionPlanWorkers_ReconversionPlans_ReconversionPlanId",
                        column: x => x.ReconversionPlanId,
                        principalTable: "ReconversionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferInformationSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StartsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OfferId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferInformationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferInformationSessions_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StartsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    OfferId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferSessions_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferTargetGroups",
                columns: table => new
                {
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    TargetGroupsId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferTargetGroups", x => new { x.OfferId, x.TargetGroupsId });
                    table.ForeignKey(
                        name: "FK_OfferTargetGroups_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferTargetGroups_TargetGroups_TargetGroupsId",
                        column: x => x.TargetGroupsId,
                        principalTable: "TargetGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JobSeekerId = table.Column<long>(type: "bigint", nullable: false),
                    OfferId = table.Column<long>(type: "bigint", nullable: false),
                    OperatorOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ReferringOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ReferringClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ReferringUserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ProfessionalObjective = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReferredToWaitingList = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AnswerDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CandidacyResult_Decision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CandidacyResult_RefusalReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CandidacyResult_Motivation = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CandidacyResult_ActionPlanFit = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CandidacyResult_DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ServiceStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Evaluation_Attainment = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Evaluation_Summary = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Evaluation_AgreedWithJobSeeker = table.Column<bool>(type: "bit", nullable: true),
                    Evaluation_NextStepProposals = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_JobSeekers_JobSeekerId",
                        column: x => x.JobSeekerId,
                        principalTable: "JobSeekers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_OperatorOrganisationId",
                        column: x => x.OperatorOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_ReferringOrganisationId",
                        column: x => x.ReferringOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorOrganisationId = table.Column<long>(type: "bigint", nullable: false),
                    ActorClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralHistory_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralServiceEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProposedAdjustment = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReportedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralServiceEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralServiceEvents_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Engagements",
                columns: new[] { "Code", "Article", "Party", "WordingEn", "WordingFr" },
                values: new object[,]
                {
                    { "OFFICE_13_1", "13 1°", "Office", "inform the job seeker of the engagements and duties of the individualised accompaniment", "informer le demandeur d'emploi des engagements et obligations relatifs à l'accompagnement individualisé" },
                    { "OFFICE_13_10", "13 10°", "Office", "close the individualised accompaniment", "clôturer l'accompagnement individualisé" },
                    { "OFFICE_13_2", "13 2°", "Office", "designate a referent counsellor for the job seeker's individualised accompaniment from the first interview towards the assessment", "désigner un conseiller référent pour l'accompagnement individualisé du demandeur d'emploi dès le premier entretien en vue de l'établissement du bilan" },
                    { "OFFICE_13_3", "13 3°", "Office", "facilitate intermediation between the job seeker and employers", "faciliter l'intermédiation entre le demandeur d'emploi et les employeurs" },
                    { "OFFICE_13_5", "13 5°", "Office", "guarantee reception, information and advice to the job seeker in the search for services useful to the professional objectives of the action plan; with the job seeker, the referent counsellor orients them to appropriate services, notably by referral", "garantir l'accueil, l'information et le conseil au demandeur d'emploi dans la recherche des prestations et des services utiles à la réalisation du ou des objectifs professionnels à atteindre à travers le plan d'actions; en concertation avec le demandeur d'emploi, le conseiller référent oriente celui-ci vers des prestations appropriées selon des modalités définies notamment en matière d'adressage" },
                    { "OFFICE_13_7", "13 7°", "Office", "recognise the skills the job seeker acquired, to adapt and evaluate the action plan, and consider the operators' proposals of further or concurrent actions", "valoriser aux fins d'adaptation et d'évaluation du plan d'actions, les compétences acquises par le demandeur d'emploi et considérer les éventuelles propositions d'actions subséquentes ou concomitantes faites par le ou les opérateurs" },
                    { "OFFICE_13_8", "13 8°", "Office", "give the job seeker a copy of their action plan", "fournir au demandeur d'emploi copie du plan d'actions le concernant" },
                    { "OFFICE_13_9", "13 9°", "Office", "evaluate whether the professional objectives of the action plan were reached", "évaluer l'atteinte du ou des objectifs professionnels du plan d'actions" },
                    { "OPERATOR_14_2", "14 2°", "Operator", "communicate its offer of services to the Office and make it visible", "communiquer à l'Office son offre de prestations et en garantir la visibilité" },
                    { "OPERATOR_14_3", "14 3°", "Operator", "publish its intake and information-session arrangements, make its offer accessible to job seekers referred by the referent counsellor, and guarantee, directly or not, reception, information and advice towards the objectives of the action plan", "diffuser les modalités d'accueil et celles concernant les séances d'informations relatives à ses prestations, favoriser l'accessibilité de son offre de prestations aux demandeurs d'emploi référés par le conseiller référent et garantir, directement ou indirectement, l'accueil, l'information et le conseil aux demandeurs d'emploi dans la recherche des prestations et des services utiles à la réalisation du ou des objectifs professionnels repris dans le plan d'actions" },
                    { "OPERATOR_14_4", "14 4°", "Operator", "receive the job seeker referred by the referent counsellor and analyse the candidacy against the service, in the light of the action plan", "accueillir le demandeur d'emploi orienté par le conseiller référent et analyser la candidature par rapport à la prestation, au regard du plan d'actions" },
                    { "OPERATOR_14_5", "14 5°", "Operator", "inform the job seeker and their referent counsellor of the result of the candidacy analysis and of the fit of the service with the action plan", "informer le demandeur d'emploi et son conseiller référent du résultat de l'analyse de la candidature par rapport à la prestation et à l'adéquation de la prestation au regard du plan d'actions" },
                    { "OPERATOR_14_6", "14 6°", "Operator", "support and follow the job seeker during the agreed service, tell the referent counsellor of any event that may affect it and, where needed, propose adjustments", "soutenir et suivre le demandeur d'emploi pendant la réalisation de la prestation convenue ainsi qu'informer le conseiller-référent de tout événement susceptible d'avoir une incidence sur la réalisation de l'action en cours et, le cas échéant, lui proposer des ajustements" },
                    { "OPERATOR_14_7", "14 7°", "Operator", "evaluate, with the job seeker, what the service brought towards the professional objectives, and make sure the results reach the referent counsellor", "évaluer, en concertation avec le demandeur d'emploi, l'apport de la prestation au regard du ou des objectifs professionnels et s'assurer de la communication de ces résultats au conseiller référent" }
                });

            migrationBuilder.InsertData(
                table: "TargetGroups",
                columns: new[] { "Id", "Code", "NameEn", "NameFr" },
                values: new object[,]
                {
                    { 1L, "YOUTH_UNDER_25", "Young people under 25", "Jeunes de moins de 25 ans" },
                    { 2L, "LONG_TERM_JOB_SEEKERS", "Long-term job seekers", "Demandeurs d'emploi de longue durée" },
                    { 3L, "INTEGRATION_INCOME", "Integration income beneficiaries", "Bénéficiaires du revenu d'intégration" },
                    { 4L, "ARTICLE_60", "Workers employed under article 60 §7", "Travailleurs sous article 60 §7" },
                    { 5L, "LOW_QUALIFIED", "Low-qualified people (no upper secondary certificate)", "Personnes peu qualifiées (sans CESS)" },
                    { 6L, "OVER_50", "Job seekers over 50", "Demandeurs d'emploi de plus de 50 ans" },
                    { 7L, "DISABILITY", "People with a disability", "Personnes en situation de handicap" },
                    { 8L, "NEWCOMERS", "Newcomers to Belgium", "Primo-arrivants" },
                    { 9L, "SINGLE_PARENTS", "Single parents", "Familles monoparentales" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_JobSeekerId_At",
                table: "AccessLog",
                columns: new[] { "JobSeekerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintHistory_ComplaintId",
                table: "ComplaintHistory",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_EngagementCode",
                table: "Complaints",
                column: "EngagementCode");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_JobSeekerId",
                table: "Complaints",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedOn",
                table: "Complaints",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_RecordedByOrganisationId",
                table: "Complaints",
                column: "RecordedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Region",
                table: "Complaints",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_RespondentOrganisationId_Status",
                table: "Complaints",
                columns: new[] { "RespondentOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status",
                table: "Complaints",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_JobSeekerId",
                table: "Consents",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RecipientOrganisationId_JobSeekerId",
                table: "Consents",
                columns: new[] { "RecipientOrganisationId", "JobSeekerId" });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationContracts_OfficeOrganisationId",
                table: "CooperationContracts",
                column: "OfficeOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationContracts_OperatorOrganisationId",
                table: "CooperationContracts",
                column: "OperatorOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationContracts_Status",
                table: "CooperationContracts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DisputeHistory_DisputeId",
                table: "DisputeHistory",
                column: "DisputeId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_ContractId",
                table: "Disputes",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_FilerOrganisationId",
                table: "Disputes",
                column: "FilerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_Region",
                table: "Disputes",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_RespondentOrganisationId",
                table: "Disputes",
                column: "RespondentOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Disputes_Status",
                table: "Disputes",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_Party",
                table: "Engagements",
                column: "Party");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_ClientId_Key",
                table: "IdempotencyRecords",
                columns: new[] { "ClientId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerObjectives_JobSeekerPathwayJobSeekerId",
                table: "JobSeekerObjectives",
                column: "JobSeekerPathwayJobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_Identity_LastName",
                table: "JobSeekers",
                column: "Identity_LastName");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_Niss",
                table: "JobSeekers",
                column: "Niss",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_Region",
                table: "JobSeekers",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekers_Social_CpasOrganisationId",
                table: "JobSeekers",
                column: "Social_CpasOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferInformationSessions_OfferId",
                table: "OfferInformationSessions",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_ContractId",
                table: "Offers",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_OperatorOrganisationId",
                table: "Offers",
                column: "OperatorOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_PostalCode",
                table: "Offers",
                column: "PostalCode");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Region",
                table: "Offers",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_ServiceType",
                table: "Offers",
                column: "ServiceType");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Status",
                table: "Offers",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_OfferSessions_OfferId",
                table: "OfferSessions",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferTargetGroups_TargetGroupsId",
                table: "OfferTargetGroups",
                column: "TargetGroupsId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictApplications_ClientId",
                table: "OpenIddictApplications",
                column: "ClientId",
                unique: true,
                filter: "[ClientId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type",
                table: "OpenIddictAuthorizations",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictScopes_Name",
                table: "OpenIddictScopes",
                column: "Name",
                unique: true,
                filter: "[Name] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type",
                table: "OpenIddictTokens",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_AuthorizationId",
                table: "OpenIddictTokens",
                column: "AuthorizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ReferenceId",
                table: "OpenIddictTokens",
                column: "ReferenceId",
                unique: true,
                filter: "[ReferenceId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_EnterpriseNumber",
                table: "Organisations",
                column: "EnterpriseNumber",
                unique: true,
                filter: "[EnterpriseNumber] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvents_PublishedAt_Id",
                table: "OutboxEvents",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReconversionPlans_EmployerEnterpriseNumber",
                table: "ReconversionPlans",
                column: "EmployerEnterpriseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ReconversionPlans_ReconversionUnitOrganisationId",
                table: "ReconversionPlans",
                column: "ReconversionUnitOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReconversionPlanWorkers_JobSeekerId",
                table: "ReconversionPlanWorkers",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringDifficulties_Region",
                table: "RecurringDifficulties",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringDifficulties_ReportedAt",
                table: "RecurringDifficulties",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringDifficulties_ReporterOrganisationId",
                table: "RecurringDifficulties",
                column: "ReporterOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringDifficulties_Status",
                table: "RecurringDifficulties",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralHistory_ActorOrganisationId",
                table: "ReferralHistory",
                column: "ActorOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralHistory_ReferralId",
                table: "ReferralHistory",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AnswerDueOn",
                table: "Referrals",
                column: "AnswerDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_JobSeekerId",
                table: "Referrals",
                column: "JobSeekerId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OfferId",
                table: "Referrals",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OperatorOrganisationId_Status",
                table: "Referrals",
                columns: new[] { "OperatorOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferringOrganisationId",
                table: "Referrals",
                column: "ReferringOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Status",
                table: "Referrals",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralServiceEvents_ReferralId",
                table: "ReferralServiceEvents",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetGroups_Code",
                table: "TargetGroups",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "ComplaintHistory");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "DisputeHistory");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "JobSeekerObjectives");

            migrationBuilder.DropTable(
                name: "OfferInformationSessions");

            migrationBuilder.DropTable(
                name: "OfferSessions");

            migrationBuilder.DropTable(
                name: "OfferTargetGroups");

            migrationBuilder.DropTable(
                name: "OpenIddictScopes");

            migrationBuilder.DropTable(
                name: "OpenIddictTokens");

            migrationBuilder.DropTable(
                name: "OutboxEvents");

            migrationBuilder.DropTable(
                name: "PersistedDocument");

            migrationBuilder.DropTable(
                name: "ReconversionPlanWorkers");

            migrationBuilder.DropTable(
                name: "RecurringDifficulties");

            migrationBuilder.DropTable(
                name: "ReferralHistory");

            migrationBuilder.DropTable(
                name: "ReferralServiceEvents");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "Disputes");

            migrationBuilder.DropTable(
                name: "TargetGroups");

            migrationBuilder.DropTable(
                name: "OpenIddictAuthorizations");

            migrationBuilder.DropTable(
                name: "ReconversionPlans");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Engagements");

            migrationBuilder.DropTable(
                name: "OpenIddictApplications");

            migrationBuilder.DropTable(
                name: "JobSeekers");

            migrationBuilder.DropTable(
                name: "Offers");

            migrationBuilder.DropTable(
                name: "CooperationContracts");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
