using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Complaints;

namespace Partners.Data.Complaints;

/// <summary>The engagements open to complaint: a reference table seeded from the decree's catalogue.</summary>
internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(40);
        builder.Property(e => e.Article).HasMaxLength(20);
        builder.Property(e => e.WordingFr).HasMaxLength(1000);
        builder.Property(e => e.WordingEn).HasMaxLength(1000);
        builder.HasIndex(e => e.Party);
        // A change of the law is a change of this data, made by a migration.
        builder.HasData(Engagements.All.Select(e => new { e.Code, e.Article, e.Party, e.WordingFr, e.WordingEn }));
    }
}
