using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Retention;

namespace Partners.Data.Retention;

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.Property(r => r.Trigger).HasMaxLength(20);
        // The claim looks for unfinished runs; "once a day" for the last finished one.
        builder.HasIndex(r => new { r.FinishedAt, r.LeaseUntil });
    }
}
