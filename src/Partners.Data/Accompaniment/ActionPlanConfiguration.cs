using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Accompaniment;
using Partners.Domain.JobSeekers;

namespace Partners.Data.Accompaniment;

/// <summary>One row per version of a plan; its objectives, actions and commitments are JSON documents of that row.</summary>
internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(p => p.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        // Two recordings racing for the same version: one wins, the other is a conflict.
        builder.HasIndex(p => new { p.JobSeekerId, p.Version }).IsUnique();
        builder.Property(p => p.RecordedByClientId).HasMaxLength(100);
        builder.Property(p => p.RecordedByUserId).HasMaxLength(100);
        builder.OwnsMany(p => p.Objectives, o => o.ToJson());
        builder.OwnsMany(p => p.Actions, a => a.ToJson());
        builder.OwnsMany(p => p.Commitments, c => c.ToJson());
    }
}
