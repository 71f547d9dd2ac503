using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;

namespace Partners.Data.Boundaries;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(c => c.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Purpose).HasMaxLength(Consent.MaxTextLength);
        builder.Property(c => c.EvidenceReference).HasMaxLength(Consent.MaxTextLength);
        builder.Property(c => c.RecordedByClientId).HasMaxLength(100);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(100);

        builder.Ignore(c => c.Categories);

        // Every read asks "which active consents name this organisation for these people".
        builder.HasIndex(c => new { c.RecipientOrganisationId, c.JobSeekerId });
    }
}
