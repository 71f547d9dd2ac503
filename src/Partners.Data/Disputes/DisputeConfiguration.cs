using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;

namespace Partners.Data.Disputes;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> builder)
    {
        builder.Property(d => d.FiledByClientId).HasMaxLength(100);
        builder.Property(d => d.FiledByUserId).HasMaxLength(200);
        builder.Property(d => d.Subject).HasMaxLength(Dispute.MaxSubjectLength);
        builder.Property(d => d.Description).HasMaxLength(Dispute.MaxTextLength);
        builder.Property(d => d.InvitedRepresentatives).HasMaxLength(Dispute.MaxTextLength);
        builder.Property(d => d.Version).IsConcurrencyToken();

        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.FilerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.RespondentOrganisationId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(d => d.Settlement, outcome =>
        {
            outcome.Property(o => o.Text).HasColumnName("SettlementText").HasMaxLength(Dispute.MaxTextLength);
            outcome.Property(o => o.On).HasColumnName("SettledOn");
        });
        builder.OwnsOne(d => d.Decision, outcome =>
        {
            outcome.Property(o => o.Text).HasColumnName("DecisionText").HasMaxLength(Dispute.MaxTextLength);
            outcome.Property(o => o.On).HasColumnName("DecidedOn");
        });

        builder.OwnsMany(d => d.History, entry =>
        {
            entry.ToTable("DisputeHistory");
            entry.WithOwner().HasForeignKey("DisputeId");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ActorClientId).HasMaxLength(100);
            entry.Property(e => e.ActorUserId).HasMaxLength(200);
            entry.Property(e => e.Reason).HasMaxLength(1000);
        });
        builder.Navigation(d => d.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(d => d.Referrals, referral =>
        {
            referral.ToTable("DisputeReferrals");
            referral.WithOwner().HasForeignKey("DisputeId");
            referral.HasKey("DisputeId", nameof(DisputeReferral.ReferralId));
            referral.HasOne<Referral>().WithMany().HasForeignKey(r => r.ReferralId).OnDelete(DeleteBehavior.Restrict);
            referral.HasIndex(r => r.ReferralId);
        });
        builder.Navigation(d => d.Referrals).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(d => d.Status);
        builder.HasIndex(d => d.FilerOrganisationId);
        builder.HasIndex(d => d.RespondentOrganisationId);
        builder.HasIndex(d => d.ContractId);
        builder.HasIndex(d => d.Region);
    }
}
