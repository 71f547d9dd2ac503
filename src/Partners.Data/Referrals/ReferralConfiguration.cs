using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.JobSeekers;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Data.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(r => r.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Offer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OperatorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ReferringOrganisationId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(r => r.ReferringClientId).HasMaxLength(100);
        builder.Property(r => r.ReferringUserId).HasMaxLength(100);
        builder.Property(r => r.ProfessionalObjective).HasMaxLength(300);
        builder.Property(r => r.Version).IsConcurrencyToken();

        // The columns the referrals filter and the overdue count read (contract.md, ReferralFilter).
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => new { r.OperatorOrganisationId, r.Status });
        builder.HasIndex(r => r.AnswerDueOn);

        // One open referral per person and offer: a concurrent twin of referJobSeeker fails on this index, and the
        // mutation pipeline runs it again to answer the referral that won (SQL Server runs mutations concurrently).
        var closed = string.Join(", ", Enum.GetValues<ReferralStatus>().Where(ReferralStateMachine.IsClosed).Select(s => $"'{s}'"));
        // The person's referrals, closed ones included, keep their own index (the filtered one holds open rows only).
        builder.HasIndex(r => r.JobSeekerId);
        builder.HasIndex(r => new { r.JobSeekerId, r.OfferId }).IsUnique().HasFilter($"\"Status\" NOT IN ({closed})").HasDatabaseName("IX_Referrals_OneOpenPerOffer");

        builder.OwnsOne(r => r.CandidacyResult, c => c.Property(x => x.ActionPlanFit).HasMaxLength(2000));
        builder.OwnsOne(r => r.Evaluation);
        builder.OwnsMany(r => r.Events, e =>
        {
            e.ToTable("ReferralServiceEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.ReportedBy).HasMaxLength(200);
        });
        builder.Navigation(r => r.Events).HasField("events");

        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.History).HasField("history");
    }
}
