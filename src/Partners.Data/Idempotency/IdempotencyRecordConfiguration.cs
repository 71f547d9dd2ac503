using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Partners.Data.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.Property(r => r.ClientId).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.Operation).HasMaxLength(100);
        builder.Property(r => r.InputHash).HasMaxLength(64);
        // One key per client: two concurrent retries cannot both record, so only one runs.
        builder.HasIndex(r => new { r.ClientId, r.Key }).IsUnique();
    }
}
