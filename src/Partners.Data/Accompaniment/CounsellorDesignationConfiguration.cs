using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Accompaniment;
using Partners.Domain.JobSeekers;

namespace Partners.Data.Accompaniment;

/// <summary>The referent counsellors' designations, a person's history read in order, the current one by its open end.</summary>
internal sealed class CounsellorDesignationConfiguration : IEntityTypeConfiguration<CounsellorDesignation>
{
    public void Configure(EntityTypeBuilder<CounsellorDesignation> builder)
    {
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(d => d.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.CounsellorUserId).HasMaxLength(100);
        builder.Property(d => d.CounsellorName).HasMaxLength(200);
        builder.Property(d => d.DesignatedByClientId).HasMaxLength(100);
        builder.Property(d => d.DesignatedByUserId).HasMaxLength(100);
        builder.HasIndex(d => new { d.JobSeekerId, d.DesignatedAt });
    }
}
