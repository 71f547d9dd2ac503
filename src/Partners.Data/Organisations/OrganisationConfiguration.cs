using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Organisations;

namespace Partners.Data.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.EnterpriseNumber).HasMaxLength(10);
        builder.HasIndex(o => o.EnterpriseNumber).IsUnique();
        builder.HasIndex(o => o.Name);
    }
}
