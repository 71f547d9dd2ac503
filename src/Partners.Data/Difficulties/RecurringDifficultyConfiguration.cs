using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Difficulties;
using Partners.Domain.Organisations;

namespace Partners.Data.Difficulties;

internal sealed class RecurringDifficultyConfiguration : IEntityTypeConfiguration<RecurringDifficulty>
{
    public void Configure(EntityTypeBuilder<RecurringDifficulty> builder)
    {
        builder.Property(d => d.ReporterClientId).HasMaxLength(100);
        builder.Property(d => d.ReporterUserId).HasMaxLength(200);
        builder.Property(d => d.Title).HasMaxLength(RecurringDifficulty.MaxTitleLength);
        builder.Property(d => d.Description).HasMaxLength(RecurringDifficulty.MaxTextLength);
        builder.Property(d => d.Version).IsConcurrencyToken();

        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.ReporterOrganisationId).OnDelete(DeleteBehavior.Restrict);

        // The Commission's feed: newest first, by status and directorate.
        builder.HasIndex(d => d.Status);
        builder.HasIndex(d => d.Region);
        builder.HasIndex(d => d.ReportedAt);
    }
}
