using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;

namespace Partners.Data.JobSeekers;

/// <summary>One row per job seeker; the four data categories are owned columns of that row, objectives a child table.</summary>
internal sealed class JobSeekerConfiguration : IEntityTypeConfiguration<JobSeeker>
{
    public void Configure(EntityTypeBuilder<JobSeeker> builder)
    {
        builder.Property(j => j.Niss).HasMaxLength(11);
        builder.HasIndex(j => j.Niss).IsUnique();
        builder.HasIndex(j => j.Region);
        // Retention counts from the closing of the accompaniment.
        builder.HasIndex(j => j.AccompanimentClosedOn);

        builder.OwnsOne(j => j.Identity, i =>
        {
            i.Property(x => x.FirstName).HasMaxLength(100);
            i.Property(x => x.LastName).HasMaxLength(100);
            i.Property(x => x.Email).HasMaxLength(254);
            i.Property(x => x.Phone).HasMaxLength(40);
            i.Property(x => x.Street).HasMaxLength(200);
            i.Property(x => x.PostalCode).HasMaxLength(10);
            i.Property(x => x.Municipality).HasMaxLength(100);
            i.HasIndex(x => x.LastName);
        });
        builder.OwnsOne(j => j.Pathway, p =>
        {
            p.Property(x => x.ReferentCounsellorName).HasMaxLength(200);
            p.Property(x => x.ReferentCounsellorUserId).HasMaxLength(100);
            p.Property(x => x.ClosingEvaluation).HasMaxLength(2000);
            p.OwnsMany(x => x.ProfessionalObjectives, o =>
            {
                o.ToTable("JobSeekerObjectives");
                o.HasKey(x => x.Id);
                o.Property(x => x.Title).HasMaxLength(300);
            });
        });
        builder.OwnsOne(j => j.Social, s =>
        {
            s.HasOne<Organisation>().WithMany().HasForeignKey(x => x.CpasOrganisationId).OnDelete(DeleteBehavior.Restrict);
            s.HasIndex(x => x.CpasOrganisationId);
        });
        builder.OwnsOne(j => j.Health);

        // Sub-objects whose columns may all be null must still come back as objects.
        builder.Navigation(j => j.Identity).IsRequired();
        builder.Navigation(j => j.Pathway).IsRequired();
        builder.Navigation(j => j.Social).IsRequired();
        builder.Navigation(j => j.Health).IsRequired();
    }
}
