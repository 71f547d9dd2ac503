using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Referrals;

namespace Partners.Data.Referrals;

internal sealed class ReferralHistoryEntryConfiguration : IEntityTypeConfiguration<ReferralHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ReferralHistoryEntry> builder)
    {
        builder.ToTable("ReferralHistory");
        builder.Property(h => h.ActorClientId).HasMaxLength(100);
        builder.Property(h => h.ActorUserId).HasMaxLength(100);
        builder.Property(h => h.Reason).HasMaxLength(2000);
        builder.HasIndex(h => h.ActorOrganisationId);
    }
}
