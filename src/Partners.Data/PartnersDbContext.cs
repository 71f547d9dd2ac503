using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Partners.Data.Idempotency;
using Partners.Data.Events;
using Partners.Data.Infrastructure;
using Partners.Data.Members;
using Partners.Domain.Boundaries;
using Partners.Domain.Complaints;
using Partners.Domain.Contracts;
using Partners.Domain.Difficulties;
using Partners.Domain.Disputes;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;
using Partners.Domain.Referrals;

namespace Partners.Data;

/// <summary>
/// The platform's database. Each feature adds its entities through an <c>IEntityTypeConfiguration</c> in its own
/// folder of this assembly; OpenIddict's tables and the Commission members' accounts (ASP.NET Core Identity) live
/// here too, so tokens, accounts and data share one store.
/// </summary>
public sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options)
    : IdentityUserContext<CommissionMember, long>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<CooperationContract> CooperationContracts => Set<CooperationContract>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<TargetGroup> TargetGroups => Set<TargetGroup>();

    public DbSet<JobSeeker> JobSeekers => Set<JobSeeker>();

    public DbSet<Domain.Accompaniment.CounsellorDesignation> CounsellorDesignations => Set<Domain.Accompaniment.CounsellorDesignation>();

    public DbSet<Domain.Offers.SessionRegistration> SessionRegistrations => Set<Domain.Offers.SessionRegistration>();

    public DbSet<Domain.Accompaniment.ActionPlan> ActionPlans => Set<Domain.Accompaniment.ActionPlan>();

    public DbSet<ReconversionPlan> ReconversionPlans => Set<ReconversionPlan>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Dispute> Disputes => Set<Dispute>();

    public DbSet<RecurringDifficulty> RecurringDifficulties => Set<RecurringDifficulty>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<Partners.Domain.Rectification.DataCorrection> DataCorrections => Set<Partners.Domain.Rectification.DataCorrection>();

    public DbSet<Partners.Domain.Retention.RetentionRun> RetentionRuns => Set<Partners.Domain.Retention.RetentionRun>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PartnersDbContext).Assembly);
        builder.UseOpenIddict<long>();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Timestamps are UTC everywhere; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in the database, stable when values are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
