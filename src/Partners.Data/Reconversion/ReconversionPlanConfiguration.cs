using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;

namespace Partners.Data.Reconversion;

internal sealed class ReconversionPlanConfiguration : IEntityTypeConfiguration<ReconversionPlan>
{
    public void Configure(EntityTypeBuilder<ReconversionPlan> builder)
    {
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.ReconversionUnitOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.EmployerName).HasMaxLength(200);
        builder.Property(p => p.EmployerEnterpriseNumber).HasMaxLength(10);
        builder.HasIndex(p => p.EmployerEnterpriseNumber);

        builder.OwnsMany(p => p.Workers, w =>
        {
            w.ToTable("ReconversionPlanWorkers");
            w.WithOwner().HasForeignKey("ReconversionPlanId");
            w.HasKey("ReconversionPlanId", nameof(CoveredWorker.JobSeekerId));
            w.HasOne<JobSeeker>().WithMany().HasForeignKey(x => x.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
            w.HasIndex(x => x.JobSeekerId);
        });
    }
}
