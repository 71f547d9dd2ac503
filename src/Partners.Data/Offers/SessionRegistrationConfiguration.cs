using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;

namespace Partners.Data.Offers;

/// <summary>Registrations for information sessions and intakes: one row per person and session (a twin meets the unique index; a cancelled one is reinstated).</summary>
internal sealed class SessionRegistrationConfiguration : IEntityTypeConfiguration<SessionRegistration>
{
    public void Configure(EntityTypeBuilder<SessionRegistration> builder)
    {
        builder.HasOne<Offer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(r => r.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.InformationSessionId, r.JobSeekerId }).IsUnique();
        builder.HasIndex(r => r.OperatorOrganisationId);
        builder.Property(r => r.SessionLocation).HasMaxLength(300);
        builder.Property(r => r.RegisteredByClientId).HasMaxLength(100);
        builder.Property(r => r.RegisteredByUserId).HasMaxLength(100);
        builder.Property(r => r.CancellationReason).HasMaxLength(2000);
        builder.Ignore(r => r.IsActive);
    }
}
