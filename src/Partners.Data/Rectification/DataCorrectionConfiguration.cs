using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.JobSeekers;
using Partners.Domain.Rectification;

namespace Partners.Data.Rectification;

internal sealed class DataCorrectionConfiguration : IEntityTypeConfiguration<DataCorrection>
{
    public void Configure(EntityTypeBuilder<DataCorrection> builder)
    {
        builder.ToTable("DataCorrections");
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(c => c.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Field).HasMaxLength(50);
        builder.Property(c => c.Before).HasMaxLength(DataCorrection.MaxValueLength);
        builder.Property(c => c.After).HasMaxLength(DataCorrection.MaxValueLength);
        builder.Property(c => c.ClientId).HasMaxLength(100);
        builder.Property(c => c.UserId).HasMaxLength(100);
        builder.Property(c => c.Reason).HasMaxLength(500);
        // The DPO reads one person's corrections, newest first.
        builder.HasIndex(c => new { c.JobSeekerId, c.At });
    }
}
