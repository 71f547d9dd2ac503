using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Complaints;
using Partners.Domain.Organisations;

namespace Partners.Data.Complaints;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.EngagementCode).HasMaxLength(40);
        builder.Property(c => c.Description).HasMaxLength(Complaint.MaxTextLength);
        builder.Property(c => c.RecordedByClientId).HasMaxLength(100);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // Ids only: no navigation from a complaint to the job seeker, so nothing personal is loaded with it.
        builder.HasOne<Engagement>().WithMany().HasForeignKey(c => c.EngagementCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.RespondentOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.RecordedByOrganisationId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(c => c.Answer, answer =>
        {
            answer.Property(a => a.Finding).HasColumnName("AnswerFinding");
            answer.Property(a => a.Text).HasColumnName("AnswerText").HasMaxLength(Complaint.MaxTextLength);
            answer.Property(a => a.AnsweredOn).HasColumnName("AnsweredOn");
        });

        builder.OwnsMany(c => c.History, entry =>
        {
            entry.ToTable("ComplaintHistory");
            entry.WithOwner().HasForeignKey("ComplaintId");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ActorClientId).HasMaxLength(100);
            entry.Property(e => e.ActorUserId).HasMaxLength(200);
            entry.Property(e => e.Reason).HasMaxLength(1000);
        });
        builder.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The Commission's counts and the respondents' work lists filter on these.
        builder.HasIndex(c => c.Status);
        builder.HasIndex(c => new { c.RespondentOrganisationId, c.Status });
        builder.HasIndex(c => c.EngagementCode);
        builder.HasIndex(c => c.ReceivedOn);
        builder.HasIndex(c => c.Region);
        builder.HasIndex(c => c.JobSeekerId);
    }
}
