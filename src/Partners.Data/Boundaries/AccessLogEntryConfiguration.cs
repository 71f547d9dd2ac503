using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Boundaries;
using Partners.Domain.JobSeekers;

namespace Partners.Data.Boundaries;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("AccessLog");
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(e => e.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.ClientId).HasMaxLength(100);
        builder.Property(e => e.UserId).HasMaxLength(100);
        builder.Property(e => e.Operation).HasMaxLength(200);
        builder.Property(e => e.Purpose).HasMaxLength(Consent.MaxTextLength);
        // "Who looked at my data" reads one person's entries, newest first.
        builder.HasIndex(e => new { e.JobSeekerId, e.At });
    }
}
