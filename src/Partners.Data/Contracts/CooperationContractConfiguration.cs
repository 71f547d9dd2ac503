using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Contracts;
using Partners.Domain.Organisations;

namespace Partners.Data.Contracts;

internal sealed class CooperationContractConfiguration : IEntityTypeConfiguration<CooperationContract>
{
    public void Configure(EntityTypeBuilder<CooperationContract> builder)
    {
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OfficeOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OperatorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Status);
    }
}
