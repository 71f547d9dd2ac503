IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [Engagements] (
        [Code] nvarchar(40) NOT NULL,
        [Article] nvarchar(20) NOT NULL,
        [Party] nvarchar(40) NOT NULL,
        [WordingFr] nvarchar(1000) NOT NULL,
        [WordingEn] nvarchar(1000) NOT NULL,
        CONSTRAINT [PK_Engagements] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [IdempotencyRecords] (
        [Id] bigint NOT NULL IDENTITY,
        [ClientId] nvarchar(100) NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Operation] nvarchar(100) NOT NULL,
        [InputHash] nvarchar(64) NOT NULL,
        [ResultId] bigint NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [OpenIddictApplications] (
        [Id] bigint NOT NULL IDENTITY,
        [ApplicationType] nvarchar(50) NULL,
        [ClientId] nvarchar(100) NULL,
        [ClientSecret] nvarchar(max) NULL,
        [ClientType] nvarchar(50) NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [ConsentType] nvarchar(50) NULL,
        [DisplayName] nvarchar(max) NULL,
        [DisplayNames] nvarchar(max) NULL,
        [JsonWebKeySet] nvarchar(max) NULL,
        [Permissions] nvarchar(max) NULL,
        [PostLogoutRedirectUris] nvarchar(max) NULL,
        [Properties] nvarchar(max) NULL,
        [RedirectUris] nvarchar(max) NULL,
        [Requirements] nvarchar(max) NULL,
        [Settings] nvarchar(max) NULL,
        CONSTRAINT [PK_OpenIddictApplications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [OpenIddictScopes] (
        [Id] bigint NOT NULL IDENTITY,
        [ConcurrencyToken] nvarchar(50) NULL,
        [Description] nvarchar(max) NULL,
        [Descriptions] nvarchar(max) NULL,
        [DisplayName] nvarchar(max) NULL,
        [DisplayNames] nvarchar(max) NULL,
        [Name] nvarchar(200) NULL,
        [Properties] nvarchar(max) NULL,
        [Resources] nvarchar(max) NULL,
        CONSTRAINT [PK_OpenIddictScopes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [Organisations] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [EnterpriseNumber] nvarchar(10) NULL,
        [Region] nvarchar(40) NULL,
        CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [OutboxEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [Topic] nvarchar(40) NOT NULL,
        [SubjectId] bigint NOT NULL,
        [OrganisationIds] nvarchar(max) NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [Payload] nvarchar(4000) NULL,
        [PublishedAt] datetime2 NULL,
        [PublishedBy] nvarchar(80) NULL,
        CONSTRAINT [PK_OutboxEvents] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [PersistedDocument] (
        [Hash] nvarchar(64) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_PersistedDocument] PRIMARY KEY ([Hash])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [TargetGroups] (
        [Id] bigint NOT NULL IDENTITY,
        [Code] nvarchar(40) NOT NULL,
        [NameFr] nvarchar(200) NOT NULL,
        [NameEn] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_TargetGroups] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [OpenIddictAuthorizations] (
        [Id] bigint NOT NULL IDENTITY,
        [ApplicationId] bigint NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [CreationDate] datetime2 NULL,
        [Properties] nvarchar(max) NULL,
        [Scopes] nvarchar(max) NULL,
        [Status] nvarchar(50) NULL,
        [Subject] nvarchar(400) NULL,
        [Type] nvarchar(50) NULL,
        CONSTRAINT [PK_OpenIddictAuthorizations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OpenIddictAuthorizations_OpenIddictApplications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [OpenIddictApplications] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [Complaints] (
        [Id] bigint NOT NULL IDENTITY,
        [JobSeekerId] bigint NOT NULL,
        [RespondentOrganisationId] bigint NOT NULL,
        [RespondentParty] nvarchar(40) NOT NULL,
        [EngagementCode] nvarchar(40) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [ReferralId] bigint NULL,
        [ReceivedOn] date NOT NULL,
        [Region] nvarchar(40) NULL,
        [RecordedByOrganisationId] bigint NOT NULL,
        [RecordedByClientId] nvarchar(100) NOT NULL,
        [RecordedByUserId] nvarchar(200) NULL,
        [Status] nvarchar(40) NOT NULL,
        [AcknowledgementDueOn] date NOT NULL,
        [AnswerDueOn] date NOT NULL,
        [AcknowledgedOn] date NULL,
        [AnswerFinding] nvarchar(40) NULL,
        [AnswerText] nvarchar(4000) NULL,
        [AnsweredOn] date NULL,
        [ClosedOn] date NULL,
        [WithdrawnOn] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Complaints] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Complaints_Engagements_EngagementCode] FOREIGN KEY ([EngagementCode]) REFERENCES [Engagements] ([Code]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Complaints_Organisations_RecordedByOrganisationId] FOREIGN KEY ([RecordedByOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Complaints_Organisations_RespondentOrganisationId] FOREIGN KEY ([RespondentOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [CooperationContracts] (
        [Id] bigint NOT NULL IDENTITY,
        [OfficeOrganisationId] bigint NOT NULL,
        [OperatorOrganisationId] bigint NOT NULL,
        [ValidFrom] date NOT NULL,
        [ValidUntil] date NULL,
        [AdheresToEthicsCharter] bit NOT NULL,
        [DisputeClause] nvarchar(40) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_CooperationContracts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CooperationContracts_Organisations_OfficeOrganisationId] FOREIGN KEY ([OfficeOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CooperationContracts_Organisations_OperatorOrganisationId] FOREIGN KEY ([OperatorOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [Disputes] (
        [Id] bigint NOT NULL IDENTITY,
        [FilerOrganisationId] bigint NOT NULL,
        [FiledByClientId] nvarchar(100) NOT NULL,
        [FiledByUserId] nvarchar(200) NULL,
        [RespondentOrganisationId] bigint NOT NULL,
        [ContractId] bigint NOT NULL,
        [ClauseAtFiling] nvarchar(40) NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [Region] nvarchar(40) NULL,
        [InvitedRepresentatives] nvarchar(4000) NULL,
        [Status] nvarchar(40) NOT NULL,
        [InadmissibleReason] nvarchar(40) NULL,
        [FiledAt] datetime2 NOT NULL,
        [MediationStartedOn] date NULL,
        [ArbitrationStartedOn] date NULL,
        [SettlementText] nvarchar(4000) NULL,
        [SettledOn] date NULL,
        [DecisionText] nvarchar(4000) NULL,
        [DecidedOn] date NULL,
        [WithdrawnOn] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Disputes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Disputes_Organisations_FilerOrganisationId] FOREIGN KEY ([FilerOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Disputes_Organisations_RespondentOrganisationId] FOREIGN KEY ([RespondentOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [JobSeekers] (
        [Id] bigint NOT NULL IDENTITY,
        [Niss] nvarchar(11) NOT NULL,
        [Region] nvarchar(40) NULL,
        [Identity_FirstName] nvarchar(100) NOT NULL,
        [Identity_LastName] nvarchar(100) NOT NULL,
        [Identity_BirthDate] date NOT NULL,
        [Identity_Email] nvarchar(254) NULL,
        [Identity_Phone] nvarchar(40) NULL,
        [Identity_Street] nvarchar(200) NULL,
        [Identity_PostalCode] nvarchar(10) NULL,
        [Identity_Municipality] nvarchar(100) NULL,
        [Pathway_RegisteredOn] date NULL,
        [Pathway_AccompanimentType] nvarchar(40) NULL,
        [Pathway_ReferentCounsellorName] nvarchar(200) NULL,
        [Pathway_TargetGroupCodes] nvarchar(max) NOT NULL,
        [Social_CpasOrganisationId] bigint NULL,
        [Social_FollowedByCpas] bit NOT NULL,
        [Social_ReceivesIntegrationIncome] bit NOT NULL,
        [Social_ReceivesSocialAid] bit NOT NULL,
        [Social_EmployedUnderArticle60] bit NOT NULL,
        [Health_SpecificPathwayStartsOn] date NULL,
        [Health_SpecificPathwayEndsOn] date NULL,
        [Health_NonMobilisableFrom] date NULL,
        [Health_NonMobilisableUntil] date NULL,
        [Health_IcfSummary] nvarchar(max) NULL,
        CONSTRAINT [PK_JobSeekers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_JobSeekers_Organisations_Social_CpasOrganisationId] FOREIGN KEY ([Social_CpasOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [ReconversionPlans] (
        [Id] bigint NOT NULL IDENTITY,
        [ReconversionUnitOrganisationId] bigint NOT NULL,
        [EmployerName] nvarchar(200) NOT NULL,
        [EmployerEnterpriseNumber] nvarchar(10) NOT NULL,
        [StartsOn] date NOT NULL,
        [EndsOn] date NOT NULL,
        CONSTRAINT [PK_ReconversionPlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReconversionPlans_Organisations_ReconversionUnitOrganisationId] FOREIGN KEY ([ReconversionUnitOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [RecurringDifficulties] (
        [Id] bigint NOT NULL IDENTITY,
        [ReporterOrganisationId] bigint NOT NULL,
        [ReporterKind] nvarchar(40) NOT NULL,
        [ReporterClientId] nvarchar(100) NOT NULL,
        [ReporterUserId] nvarchar(200) NULL,
        [Title] nvarchar(200) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [Region] nvarchar(40) NULL,
        [ReportedAt] datetime2 NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [AcknowledgedAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_RecurringDifficulties] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecurringDifficulties_Organisations_ReporterOrganisationId] FOREIGN KEY ([ReporterOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [OpenIddictTokens] (
        [Id] bigint NOT NULL IDENTITY,
        [ApplicationId] bigint NULL,
        [AuthorizationId] bigint NULL,
        [ConcurrencyToken] nvarchar(50) NULL,
        [CreationDate] datetime2 NULL,
        [ExpirationDate] datetime2 NULL,
        [Payload] nvarchar(max) NULL,
        [Properties] nvarchar(max) NULL,
        [RedemptionDate] datetime2 NULL,
        [ReferenceId] nvarchar(100) NULL,
        [Status] nvarchar(50) NULL,
        [Subject] nvarchar(400) NULL,
        [Type] nvarchar(150) NULL,
        CONSTRAINT [PK_OpenIddictTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OpenIddictTokens_OpenIddictApplications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [OpenIddictApplications] ([Id]),
        CONSTRAINT [FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId] FOREIGN KEY ([AuthorizationId]) REFERENCES [OpenIddictAuthorizations] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [ComplaintHistory] (
        [Id] bigint NOT NULL IDENTITY,
        [ComplaintId] bigint NOT NULL,
        [At] datetime2 NOT NULL,
        [ActorOrganisationId] bigint NOT NULL,
        [ActorClientId] nvarchar(100) NOT NULL,
        [ActorUserId] nvarchar(200) NULL,
        [From] nvarchar(40) NULL,
        [To] nvarchar(40) NOT NULL,
        [Reason] nvarchar(1000) NULL,
        CONSTRAINT [PK_ComplaintHistory] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ComplaintHistory_Complaints_ComplaintId] FOREIGN KEY ([ComplaintId]) REFERENCES [Complaints] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [Offers] (
        [Id] bigint NOT NULL IDENTITY,
        [OperatorOrganisationId] bigint NOT NULL,
        [ContractId] bigint NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [ServiceType] nvarchar(40) NOT NULL,
        [Objectives] nvarchar(max) NOT NULL,
        [ExpectedResults] nvarchar(max) NOT NULL,
        [Deliverables] nvarchar(max) NOT NULL,
        [Address] nvarchar(300) NOT NULL,
        [PostalCode] nvarchar(10) NOT NULL,
        [Municipality] nvarchar(100) NOT NULL,
        [Region] nvarchar(40) NOT NULL,
        [DurationDescription] nvarchar(500) NOT NULL,
        [StartsOn] date NULL,
        [EndsOn] date NULL,
        [Capacity] int NOT NULL,
        [SeatsTaken] int NOT NULL,
        [IntakeModalities] nvarchar(max) NOT NULL,
        [PrioritisationRule] nvarchar(max) NOT NULL,
        [ReferralModalities] nvarchar(max) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Offers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Offers_CooperationContracts_ContractId] FOREIGN KEY ([ContractId]) REFERENCES [CooperationContracts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Offers_Organisations_OperatorOrganisationId] FOREIGN KEY ([OperatorOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [DisputeHistory] (
        [Id] bigint NOT NULL IDENTITY,
        [DisputeId] bigint NOT NULL,
        [At] datetime2 NOT NULL,
        [ActorOrganisationId] bigint NOT NULL,
        [ActorClientId] nvarchar(100) NOT NULL,
        [ActorUserId] nvarchar(200) NULL,
        [From] nvarchar(40) NULL,
        [To] nvarchar(40) NOT NULL,
        [Reason] nvarchar(1000) NULL,
        CONSTRAINT [PK_DisputeHistory] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DisputeHistory_Disputes_DisputeId] FOREIGN KEY ([DisputeId]) REFERENCES [Disputes] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [AccessLog] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [JobSeekerId] bigint NOT NULL,
        [Category] nvarchar(40) NOT NULL,
        [OrganisationId] bigint NOT NULL,
        [ClientId] nvarchar(100) NOT NULL,
        [UserId] nvarchar(100) NULL,
        [Operation] nvarchar(200) NOT NULL,
        [Basis] nvarchar(40) NOT NULL,
        [BasisReference] bigint NULL,
        CONSTRAINT [PK_AccessLog] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccessLog_JobSeekers_JobSeekerId] FOREIGN KEY ([JobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [Consents] (
        [Id] bigint NOT NULL IDENTITY,
        [JobSeekerId] bigint NOT NULL,
        [RecipientOrganisationId] bigint NOT NULL,
        [CoversIdentity] bit NOT NULL,
        [CoversPathway] bit NOT NULL,
        [CoversSocial] bit NOT NULL,
        [CoversHealth] bit NOT NULL,
        [Purpose] nvarchar(500) NOT NULL,
        [EvidenceReference] nvarchar(500) NOT NULL,
        [RecordedByOrganisationId] bigint NOT NULL,
        [RecordedByClientId] nvarchar(100) NOT NULL,
        [RecordedByUserId] nvarchar(100) NULL,
        [GrantedAt] datetime2 NOT NULL,
        [ExpiresOn] date NULL,
        [WithdrawnAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Consents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Consents_JobSeekers_JobSeekerId] FOREIGN KEY ([JobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consents_Organisations_RecipientOrganisationId] FOREIGN KEY ([RecipientOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [JobSeekerObjectives] (
        [Id] bigint NOT NULL IDENTITY,
        [Title] nvarchar(300) NOT NULL,
        [JobSeekerPathwayJobSeekerId] bigint NOT NULL,
        CONSTRAINT [PK_JobSeekerObjectives] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_JobSeekerObjectives_JobSeekers_JobSeekerPathwayJobSeekerId] FOREIGN KEY ([JobSeekerPathwayJobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [ReconversionPlanWorkers] (
        [JobSeekerId] bigint NOT NULL,
        [ReconversionPlanId] bigint NOT NULL,
        CONSTRAINT [PK_ReconversionPlanWorkers] PRIMARY KEY ([ReconversionPlanId], [JobSeekerId]),
        CONSTRAINT [FK_ReconversionPlanWorkers_JobSeekers_JobSeekerId] FOREIGN KEY ([JobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReconversionPlanWorkers_ReconversionPlans_ReconversionPlanId] FOREIGN KEY ([ReconversionPlanId]) REFERENCES [ReconversionPlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [OfferInformationSessions] (
        [Id] bigint NOT NULL IDENTITY,
        [StartsAt] datetime2 NOT NULL,
        [Location] nvarchar(300) NOT NULL,
        [Description] nvarchar(max) NULL,
        [OfferId] bigint NOT NULL,
        CONSTRAINT [PK_OfferInformationSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OfferInformationSessions_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [OfferSessions] (
        [Id] bigint NOT NULL IDENTITY,
        [StartsAt] datetime2 NOT NULL,
        [EndsAt] datetime2 NOT NULL,
        [Location] nvarchar(300) NULL,
        [OfferId] bigint NOT NULL,
        CONSTRAINT [PK_OfferSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OfferSessions_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [OfferTargetGroups] (
        [OfferId] bigint NOT NULL,
        [TargetGroupsId] bigint NOT NULL,
        CONSTRAINT [PK_OfferTargetGroups] PRIMARY KEY ([OfferId], [TargetGroupsId]),
        CONSTRAINT [FK_OfferTargetGroups_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_OfferTargetGroups_TargetGroups_TargetGroupsId] FOREIGN KEY ([TargetGroupsId]) REFERENCES [TargetGroups] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [Referrals] (
        [Id] bigint NOT NULL IDENTITY,
        [JobSeekerId] bigint NOT NULL,
        [OfferId] bigint NOT NULL,
        [OperatorOrganisationId] bigint NOT NULL,
        [ReferringOrganisationId] bigint NOT NULL,
        [ReferringClientId] nvarchar(100) NOT NULL,
        [ReferringUserId] nvarchar(100) NULL,
        [ProfessionalObjective] nvarchar(300) NOT NULL,
        [Note] nvarchar(max) NULL,
        [Status] nvarchar(40) NOT NULL,
        [ReferredToWaitingList] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [AnswerDueOn] date NOT NULL,
        [CandidacyResult_Decision] nvarchar(40) NULL,
        [CandidacyResult_RefusalReason] nvarchar(40) NULL,
        [CandidacyResult_Motivation] nvarchar(max) NULL,
        [CandidacyResult_ActionPlanFit] nvarchar(2000) NULL,
        [CandidacyResult_DecidedAt] datetime2 NULL,
        [ServiceStartedOn] date NULL,
        [ServiceEndedOn] date NULL,
        [Evaluation_Attainment] nvarchar(40) NULL,
        [Evaluation_Summary] nvarchar(max) NULL,
        [Evaluation_AgreedWithJobSeeker] bit NULL,
        [Evaluation_NextStepProposals] nvarchar(max) NULL,
        [Outcome] nvarchar(40) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Referrals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Referrals_JobSeekers_JobSeekerId] FOREIGN KEY ([JobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Referrals_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Referrals_Organisations_OperatorOrganisationId] FOREIGN KEY ([OperatorOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Referrals_Organisations_ReferringOrganisationId] FOREIGN KEY ([ReferringOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [ReferralHistory] (
        [Id] bigint NOT NULL IDENTITY,
        [ReferralId] bigint NOT NULL,
        [At] datetime2 NOT NULL,
        [ActorOrganisationId] bigint NOT NULL,
        [ActorClientId] nvarchar(100) NOT NULL,
        [ActorUserId] nvarchar(100) NULL,
        [From] nvarchar(40) NULL,
        [To] nvarchar(40) NOT NULL,
        [Reason] nvarchar(2000) NULL,
        CONSTRAINT [PK_ReferralHistory] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReferralHistory_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE TABLE [ReferralServiceEvents] (
        [Id] bigint NOT NULL IDENTITY,
        [OccurredOn] date NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [ProposedAdjustment] nvarchar(max) NULL,
        [ReportedAt] datetime2 NOT NULL,
        [ReportedBy] nvarchar(200) NOT NULL,
        [ReferralId] bigint NOT NULL,
        CONSTRAINT [PK_ReferralServiceEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReferralServiceEvents_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Code', N'Article', N'Party', N'WordingEn', N'WordingFr') AND [object_id] = OBJECT_ID(N'[Engagements]'))
        SET IDENTITY_INSERT [Engagements] ON;
    EXEC(N'INSERT INTO [Engagements] ([Code], [Article], [Party], [WordingEn], [WordingFr])
    VALUES (N''OFFICE_13_1'', N''13 1°'', N''Office'', N''inform the job seeker of the engagements and duties of the individualised accompaniment'', N''informer le demandeur d''''emploi des engagements et obligations relatifs à l''''accompagnement individualisé''),
    (N''OFFICE_13_10'', N''13 10°'', N''Office'', N''close the individualised accompaniment'', N''clôturer l''''accompagnement individualisé''),
    (N''OFFICE_13_2'', N''13 2°'', N''Office'', N''designate a referent counsellor for the job seeker''''s individualised accompaniment from the first interview towards the assessment'', N''désigner un conseiller référent pour l''''accompagnement individualisé du demandeur d''''emploi dès le premier entretien en vue de l''''établissement du bilan''),
    (N''OFFICE_13_3'', N''13 3°'', N''Office'', N''facilitate intermediation between the job seeker and employers'', N''faciliter l''''intermédiation entre le demandeur d''''emploi et les employeurs''),
    (N''OFFICE_13_5'', N''13 5°'', N''Office'', N''guarantee reception, information and advice to the job seeker in the search for services useful to the professional objectives of the action plan; with the job seeker, the referent counsellor orients them to appropriate services, notably by referral'', N''garantir l''''accueil, l''''information et le conseil au demandeur d''''emploi dans la recherche des prestations et des services utiles à la réalisation du ou des objectifs professionnels à atteindre à travers le plan d''''actions; en concertation avec le demandeur d''''emploi, le conseiller référent oriente celui-ci vers des prestations appropriées selon des modalités définies notamment en matière d''''adressage''),
    (N''OFFICE_13_7'', N''13 7°'', N''Office'', N''recognise the skills the job seeker acquired, to adapt and evaluate the action plan, and consider the operators'''' proposals of further or concurrent actions'', N''valoriser aux fins d''''adaptation et d''''évaluation du plan d''''actions, les compétences acquises par le demandeur d''''emploi et considérer les éventuelles propositions d''''actions subséquentes ou concomitantes faites par le ou les opérateurs''),
    (N''OFFICE_13_8'', N''13 8°'', N''Office'', N''give the job seeker a copy of their action plan'', N''fournir au demandeur d''''emploi copie du plan d''''actions le concernant''),
    (N''OFFICE_13_9'', N''13 9°'', N''Office'', N''evaluate whether the professional objectives of the action plan were reached'', N''évaluer l''''atteinte du ou des objectifs professionnels du plan d''''actions''),
    (N''OPERATOR_14_2'', N''14 2°'', N''Operator'', N''communicate its offer of services to the Office and make it visible'', N''communiquer à l''''Office son offre de prestations et en garantir la visibilité''),
    (N''OPERATOR_14_3'', N''14 3°'', N''Operator'', N''publish its intake and information-session arrangements, make its offer accessible to job seekers referred by the referent counsellor, and guarantee, directly or not, reception, information and advice towards the objectives of the action plan'', N''diffuser les modalités d''''accueil et celles concernant les séances d''''informations relatives à ses prestations, favoriser l''''accessibilité de son offre de prestations aux demandeurs d''''emploi référés par le conseiller référent et garantir, directement ou indirectement, l''''accueil, l''''information et le conseil aux demandeurs d''''emploi dans la recherche des prestations et des services utiles à la réalisation du ou des objectifs professionnels repris dans le plan d''''actions''),
    (N''OPERATOR_14_4'', N''14 4°'', N''Operator'', N''receive the job seeker referred by the referent counsellor and analyse the candidacy against the service, in the light of the action plan'', N''accueillir le demandeur d''''emploi orienté par le conseiller référent et analyser la candidature par rapport à la prestation, au regard du plan d''''actions''),
    (N''OPERATOR_14_5'', N''14 5°'', N''Operator'', N''inform the job seeker and their referent counsellor of the result of the candidacy analysis and of the fit of the service with the action plan'', N''informer le demandeur d''''emploi et son conseiller référent du résultat de l''''analyse de la candidature par rapport à la prestation et à l''''adéquation de la prestation au regard du plan d''''actions''),
    (N''OPERATOR_14_6'', N''14 6°'', N''Operator'', N''support and follow the job seeker during the agreed service, tell the referent counsellor of any event that may affect it and, where needed, propose adjustments'', N''soutenir et suivre le demandeur d''''emploi pendant la réalisation de la prestation convenue ainsi qu''''informer le conseiller-référent de tout événement susceptible d''''avoir une incidence sur la réalisation de l''''action en cours et, le cas échéant, lui proposer des ajustements''),
    (N''OPERATOR_14_7'', N''14 7°'', N''Operator'', N''evaluate, with the job seeker, what the service brought towards the professional objectives, and make sure the results reach the referent counsellor'', N''évaluer, en concertation avec le demandeur d''''emploi, l''''apport de la prestation au regard du ou des objectifs professionnels et s''''assurer de la communication de ces résultats au conseiller référent'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Code', N'Article', N'Party', N'WordingEn', N'WordingFr') AND [object_id] = OBJECT_ID(N'[Engagements]'))
        SET IDENTITY_INSERT [Engagements] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'NameEn', N'NameFr') AND [object_id] = OBJECT_ID(N'[TargetGroups]'))
        SET IDENTITY_INSERT [TargetGroups] ON;
    EXEC(N'INSERT INTO [TargetGroups] ([Id], [Code], [NameEn], [NameFr])
    VALUES (CAST(1 AS bigint), N''YOUTH_UNDER_25'', N''Young people under 25'', N''Jeunes de moins de 25 ans''),
    (CAST(2 AS bigint), N''LONG_TERM_JOB_SEEKERS'', N''Long-term job seekers'', N''Demandeurs d''''emploi de longue durée''),
    (CAST(3 AS bigint), N''INTEGRATION_INCOME'', N''Integration income beneficiaries'', N''Bénéficiaires du revenu d''''intégration''),
    (CAST(4 AS bigint), N''ARTICLE_60'', N''Workers employed under article 60 §7'', N''Travailleurs sous article 60 §7''),
    (CAST(5 AS bigint), N''LOW_QUALIFIED'', N''Low-qualified people (no upper secondary certificate)'', N''Personnes peu qualifiées (sans CESS)''),
    (CAST(6 AS bigint), N''OVER_50'', N''Job seekers over 50'', N''Demandeurs d''''emploi de plus de 50 ans''),
    (CAST(7 AS bigint), N''DISABILITY'', N''People with a disability'', N''Personnes en situation de handicap''),
    (CAST(8 AS bigint), N''NEWCOMERS'', N''Newcomers to Belgium'', N''Primo-arrivants''),
    (CAST(9 AS bigint), N''SINGLE_PARENTS'', N''Single parents'', N''Familles monoparentales'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'NameEn', N'NameFr') AND [object_id] = OBJECT_ID(N'[TargetGroups]'))
        SET IDENTITY_INSERT [TargetGroups] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_AccessLog_JobSeekerId_At] ON [AccessLog] ([JobSeekerId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_ComplaintHistory_ComplaintId] ON [ComplaintHistory] ([ComplaintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_EngagementCode] ON [Complaints] ([EngagementCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_JobSeekerId] ON [Complaints] ([JobSeekerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_ReceivedOn] ON [Complaints] ([ReceivedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_RecordedByOrganisationId] ON [Complaints] ([RecordedByOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_Region] ON [Complaints] ([Region]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_RespondentOrganisationId_Status] ON [Complaints] ([RespondentOrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_Status] ON [Complaints] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Consents_JobSeekerId] ON [Consents] ([JobSeekerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Consents_RecipientOrganisationId_JobSeekerId] ON [Consents] ([RecipientOrganisationId], [JobSeekerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_CooperationContracts_OfficeOrganisationId] ON [CooperationContracts] ([OfficeOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_CooperationContracts_OperatorOrganisationId] ON [CooperationContracts] ([OperatorOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_CooperationContracts_Status] ON [CooperationContracts] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_DisputeHistory_DisputeId] ON [DisputeHistory] ([DisputeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Disputes_ContractId] ON [Disputes] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Disputes_FilerOrganisationId] ON [Disputes] ([FilerOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Disputes_Region] ON [Disputes] ([Region]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Disputes_RespondentOrganisationId] ON [Disputes] ([RespondentOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Disputes_Status] ON [Disputes] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Engagements_Party] ON [Engagements] ([Party]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IdempotencyRecords_ClientId_Key] ON [IdempotencyRecords] ([ClientId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_JobSeekerObjectives_JobSeekerPathwayJobSeekerId] ON [JobSeekerObjectives] ([JobSeekerPathwayJobSeekerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_JobSeekers_Identity_LastName] ON [JobSeekers] ([Identity_LastName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_JobSeekers_Niss] ON [JobSeekers] ([Niss]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_JobSeekers_Region] ON [JobSeekers] ([Region]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_JobSeekers_Social_CpasOrganisationId] ON [JobSeekers] ([Social_CpasOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_OfferInformationSessions_OfferId] ON [OfferInformationSessions] ([OfferId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Offers_ContractId] ON [Offers] ([ContractId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Offers_OperatorOrganisationId] ON [Offers] ([OperatorOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Offers_PostalCode] ON [Offers] ([PostalCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Offers_Region] ON [Offers] ([Region]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Offers_ServiceType] ON [Offers] ([ServiceType]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Offers_Status] ON [Offers] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_OfferSessions_OfferId] ON [OfferSessions] ([OfferId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_OfferTargetGroups_TargetGroupsId] ON [OfferTargetGroups] ([TargetGroupsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictApplications_ClientId] ON [OpenIddictApplications] ([ClientId]) WHERE [ClientId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type] ON [OpenIddictAuthorizations] ([ApplicationId], [Status], [Subject], [Type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictScopes_Name] ON [OpenIddictScopes] ([Name]) WHERE [Name] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_OpenIddictTokens_ApplicationId_Status_Subject_Type] ON [OpenIddictTokens] ([ApplicationId], [Status], [Subject], [Type]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_OpenIddictTokens_AuthorizationId] ON [OpenIddictTokens] ([AuthorizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OpenIddictTokens_ReferenceId] ON [OpenIddictTokens] ([ReferenceId]) WHERE [ReferenceId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Organisations_EnterpriseNumber] ON [Organisations] ([EnterpriseNumber]) WHERE [EnterpriseNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Organisations_Name] ON [Organisations] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxEvents_PublishedAt_Id] ON [OutboxEvents] ([PublishedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_ReconversionPlans_EmployerEnterpriseNumber] ON [ReconversionPlans] ([EmployerEnterpriseNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_ReconversionPlans_ReconversionUnitOrganisationId] ON [ReconversionPlans] ([ReconversionUnitOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_ReconversionPlanWorkers_JobSeekerId] ON [ReconversionPlanWorkers] ([JobSeekerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_RecurringDifficulties_Region] ON [RecurringDifficulties] ([Region]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_RecurringDifficulties_ReportedAt] ON [RecurringDifficulties] ([ReportedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_RecurringDifficulties_ReporterOrganisationId] ON [RecurringDifficulties] ([ReporterOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_RecurringDifficulties_Status] ON [RecurringDifficulties] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralHistory_ActorOrganisationId] ON [ReferralHistory] ([ActorOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralHistory_ReferralId] ON [ReferralHistory] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_AnswerDueOn] ON [Referrals] ([AnswerDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_JobSeekerId] ON [Referrals] ([JobSeekerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_OfferId] ON [Referrals] ([OfferId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_OperatorOrganisationId_Status] ON [Referrals] ([OperatorOrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_ReferringOrganisationId] ON [Referrals] ([ReferringOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_Status] ON [Referrals] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferralServiceEvents_ReferralId] ON [ReferralServiceEvents] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TargetGroups_Code] ON [TargetGroups] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122180657_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122180657_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130152110_AccessLogPurpose'
)
BEGIN
    ALTER TABLE [AccessLog] ADD [Purpose] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130152110_AccessLogPurpose'
)
BEGIN
    ALTER TABLE [AccessLog] ADD [ReferralId] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130152110_AccessLogPurpose'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130152110_AccessLogPurpose', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130155930_AccompanimentCounsellorAndClosing'
)
BEGIN
    ALTER TABLE [JobSeekers] ADD [AccompanimentClosedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130155930_AccompanimentCounsellorAndClosing'
)
BEGIN
    ALTER TABLE [JobSeekers] ADD [Pathway_ClosingAttainment] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130155930_AccompanimentCounsellorAndClosing'
)
BEGIN
    ALTER TABLE [JobSeekers] ADD [Pathway_ClosingEvaluation] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130155930_AccompanimentCounsellorAndClosing'
)
BEGIN
    ALTER TABLE [JobSeekers] ADD [Pathway_ReferentCounsellorUserId] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130155930_AccompanimentCounsellorAndClosing'
)
BEGIN
    CREATE TABLE [CounsellorDesignations] (
        [Id] bigint NOT NULL IDENTITY,
        [JobSeekerId] bigint NOT NULL,
        [CounsellorUserId] nvarchar(100) NOT NULL,
        [CounsellorName] nvarchar(200) NOT NULL,
        [DesignatedAt] datetime2 NOT NULL,
        [EndedAt] datetime2 NULL,
        [DesignatedByClientId] nvarchar(100) NOT NULL,
        [DesignatedByUserId] nvarchar(100) NULL,
        CONSTRAINT [PK_CounsellorDesignations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CounsellorDesignations_JobSeekers_JobSeekerId] FOREIGN KEY ([JobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130155930_AccompanimentCounsellorAndClosing'
)
BEGIN
    CREATE INDEX [IX_JobSeekers_AccompanimentClosedOn] ON [JobSeekers] ([AccompanimentClosedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130155930_AccompanimentCounsellorAndClosing'
)
BEGIN
    CREATE INDEX [IX_CounsellorDesignations_JobSeekerId_DesignatedAt] ON [CounsellorDesignations] ([JobSeekerId], [DesignatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130155930_AccompanimentCounsellorAndClosing'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130155930_AccompanimentCounsellorAndClosing', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130165429_PersonsRights'
)
BEGIN
    ALTER TABLE [JobSeekers] ADD [AnonymisedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130165429_PersonsRights'
)
BEGIN
    CREATE TABLE [DataCorrections] (
        [Id] bigint NOT NULL IDENTITY,
        [JobSeekerId] bigint NOT NULL,
        [Category] nvarchar(40) NOT NULL,
        [Field] nvarchar(50) NOT NULL,
        [Before] nvarchar(300) NULL,
        [After] nvarchar(300) NULL,
        [At] datetime2 NOT NULL,
        [OrganisationId] bigint NOT NULL,
        [ClientId] nvarchar(100) NOT NULL,
        [UserId] nvarchar(100) NULL,
        [Reason] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_DataCorrections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DataCorrections_JobSeekers_JobSeekerId] FOREIGN KEY ([JobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130165429_PersonsRights'
)
BEGIN
    CREATE TABLE [RetentionRuns] (
        [Id] bigint NOT NULL IDENTITY,
        [StartedAt] datetime2 NOT NULL,
        [FinishedAt] datetime2 NULL,
        [LeaseUntil] datetime2 NOT NULL,
        [Trigger] nvarchar(20) NOT NULL,
        [PeopleAnonymised] int NOT NULL,
        [PeopleHeld] int NOT NULL,
        [AccessLogEntriesPurged] int NOT NULL,
        CONSTRAINT [PK_RetentionRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130165429_PersonsRights'
)
BEGIN
    CREATE INDEX [IX_DataCorrections_JobSeekerId_At] ON [DataCorrections] ([JobSeekerId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130165429_PersonsRights'
)
BEGIN
    CREATE INDEX [IX_RetentionRuns_FinishedAt_LeaseUntil] ON [RetentionRuns] ([FinishedAt], [LeaseUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130165429_PersonsRights'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130165429_PersonsRights', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130181121_OneOpenReferralPerOffer'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Referrals_OneOpenPerOffer] ON [Referrals] ([JobSeekerId], [OfferId]) WHERE "Status" NOT IN (''Refused'', ''Completed'', ''Abandoned'', ''Cancelled'')');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130181121_OneOpenReferralPerOffer'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130181121_OneOpenReferralPerOffer', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    CREATE TABLE [CommissionMembers] (
        [Id] bigint NOT NULL IDENTITY,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_CommissionMembers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    CREATE TABLE [CommissionMemberClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] bigint NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_CommissionMemberClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CommissionMemberClaims_CommissionMembers_UserId] FOREIGN KEY ([UserId]) REFERENCES [CommissionMembers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    CREATE TABLE [CommissionMemberLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] bigint NOT NULL,
        CONSTRAINT [PK_CommissionMemberLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_CommissionMemberLogins_CommissionMembers_UserId] FOREIGN KEY ([UserId]) REFERENCES [CommissionMembers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    CREATE TABLE [CommissionMemberTokens] (
        [UserId] bigint NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_CommissionMemberTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_CommissionMemberTokens_CommissionMembers_UserId] FOREIGN KEY ([UserId]) REFERENCES [CommissionMembers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    CREATE INDEX [IX_CommissionMemberClaims_UserId] ON [CommissionMemberClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    CREATE INDEX [IX_CommissionMemberLogins_UserId] ON [CommissionMemberLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [CommissionMembers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [CommissionMembers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130183006_CommissionMembers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130183006_CommissionMembers', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    ALTER TABLE [TargetGroups] ADD [Category] nvarchar(40) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    ALTER TABLE [JobSeekers] ADD [Health_NonMobilisableReviewedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Pathway''
    WHERE [Id] = CAST(1 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Pathway''
    WHERE [Id] = CAST(2 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Social''
    WHERE [Id] = CAST(3 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Social''
    WHERE [Id] = CAST(4 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Pathway''
    WHERE [Id] = CAST(5 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Pathway''
    WHERE [Id] = CAST(6 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Health''
    WHERE [Id] = CAST(7 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Pathway''
    WHERE [Id] = CAST(8 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    EXEC(N'UPDATE [TargetGroups] SET [Category] = N''Pathway''
    WHERE [Id] = CAST(9 AS bigint);
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Category', N'Code', N'NameEn', N'NameFr') AND [object_id] = OBJECT_ID(N'[TargetGroups]'))
        SET IDENTITY_INSERT [TargetGroups] ON;
    EXEC(N'INSERT INTO [TargetGroups] ([Id], [Category], [Code], [NameEn], [NameFr])
    VALUES (CAST(10 AS bigint), N''Social'', N''SOCIAL_AID'', N''Social aid beneficiaries'', N''Bénéficiaires d''''une aide sociale du CPAS'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Category', N'Code', N'NameEn', N'NameFr') AND [object_id] = OBJECT_ID(N'[TargetGroups]'))
        SET IDENTITY_INSERT [TargetGroups] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130185935_TargetGroupCategoryAndHealthReview'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130185935_TargetGroupCategoryAndHealthReview', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130195953_ActionPlanAndInformation'
)
BEGIN
    ALTER TABLE [Referrals] ADD [InformationDueOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130195953_ActionPlanAndInformation'
)
BEGIN
    ALTER TABLE [Referrals] ADD [JobSeekerInformedBy] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130195953_ActionPlanAndInformation'
)
BEGIN
    ALTER TABLE [Referrals] ADD [JobSeekerInformedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130195953_ActionPlanAndInformation'
)
BEGIN
    CREATE TABLE [ActionPlans] (
        [Id] bigint NOT NULL IDENTITY,
        [JobSeekerId] bigint NOT NULL,
        [Version] int NOT NULL,
        [DrawnUpOn] date NOT NULL,
        [CopyReceivedOn] date NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedByClientId] nvarchar(100) NOT NULL,
        [RecordedByUserId] nvarchar(100) NULL,
        [Actions] nvarchar(max) NULL,
        [Commitments] nvarchar(max) NULL,
        [Objectives] nvarchar(max) NULL,
        CONSTRAINT [PK_ActionPlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ActionPlans_JobSeekers_JobSeekerId] FOREIGN KEY ([JobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130195953_ActionPlanAndInformation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ActionPlans_JobSeekerId_Version] ON [ActionPlans] ([JobSeekerId], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130195953_ActionPlanAndInformation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130195953_ActionPlanAndInformation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130210716_SessionRegistrations'
)
BEGIN
    ALTER TABLE [OfferInformationSessions] ADD [Kind] nvarchar(40) NOT NULL DEFAULT N'Information';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130210716_SessionRegistrations'
)
BEGIN
    ALTER TABLE [OfferInformationSessions] ADD [Seats] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130210716_SessionRegistrations'
)
BEGIN
    CREATE TABLE [SessionRegistrations] (
        [Id] bigint NOT NULL IDENTITY,
        [OfferId] bigint NOT NULL,
        [OperatorOrganisationId] bigint NOT NULL,
        [InformationSessionId] bigint NOT NULL,
        [JobSeekerId] bigint NOT NULL,
        [ReferralId] bigint NULL,
        [SessionKind] nvarchar(40) NOT NULL,
        [SessionStartsAt] datetime2 NOT NULL,
        [SessionLocation] nvarchar(300) NOT NULL,
        [RegisteredAt] datetime2 NOT NULL,
        [RegisteredByOrganisationId] bigint NOT NULL,
        [RegisteredByClientId] nvarchar(100) NOT NULL,
        [RegisteredByUserId] nvarchar(100) NULL,
        [CancelledAt] datetime2 NULL,
        [CancelledByOrganisationId] bigint NULL,
        [CancellationReason] nvarchar(2000) NULL,
        CONSTRAINT [PK_SessionRegistrations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SessionRegistrations_JobSeekers_JobSeekerId] FOREIGN KEY ([JobSeekerId]) REFERENCES [JobSeekers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SessionRegistrations_Offers_OfferId] FOREIGN KEY ([OfferId]) REFERENCES [Offers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130210716_SessionRegistrations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SessionRegistrations_InformationSessionId_JobSeekerId] ON [SessionRegistrations] ([InformationSessionId], [JobSeekerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130210716_SessionRegistrations'
)
BEGIN
    CREATE INDEX [IX_SessionRegistrations_JobSeekerId] ON [SessionRegistrations] ([JobSeekerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130210716_SessionRegistrations'
)
BEGIN
    CREATE INDEX [IX_SessionRegistrations_OfferId] ON [SessionRegistrations] ([OfferId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130210716_SessionRegistrations'
)
BEGIN
    CREATE INDEX [IX_SessionRegistrations_OperatorOrganisationId] ON [SessionRegistrations] ([OperatorOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130210716_SessionRegistrations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130210716_SessionRegistrations', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130215613_DisputeReferrals'
)
BEGIN
    CREATE TABLE [DisputeReferrals] (
        [ReferralId] bigint NOT NULL,
        [DisputeId] bigint NOT NULL,
        CONSTRAINT [PK_DisputeReferrals] PRIMARY KEY ([DisputeId], [ReferralId]),
        CONSTRAINT [FK_DisputeReferrals_Disputes_DisputeId] FOREIGN KEY ([DisputeId]) REFERENCES [Disputes] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DisputeReferrals_Referrals_ReferralId] FOREIGN KEY ([ReferralId]) REFERENCES [Referrals] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130215613_DisputeReferrals'
)
BEGIN
    CREATE INDEX [IX_DisputeReferrals_ReferralId] ON [DisputeReferrals] ([ReferralId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130215613_DisputeReferrals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130215613_DisputeReferrals', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130221230_OfficeServices'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Offers]') AND [c].[name] = N'ContractId');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Offers] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Offers] ALTER COLUMN [ContractId] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130221230_OfficeServices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130221230_OfficeServices', N'10.0.15');
END;

COMMIT;
GO
