using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Offers;

namespace Partners.Data.Offers;

internal sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(40);
        builder.Property(g => g.NameFr).HasMaxLength(200);
        builder.Property(g => g.NameEn).HasMaxLength(200);
        builder.HasIndex(g => g.Code).IsUnique();
        // Reference data in every environment; a new target group is a migration.
        builder.HasData(TargetGroups.All.Select(g => new TargetGroup { Id = g.Id, Code = g.Code, NameFr = g.NameFr, NameEn = g.NameEn, Category = g.Category }));
    }
}
