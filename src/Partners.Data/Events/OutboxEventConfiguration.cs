using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Partners.Data.Events;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Topic).HasMaxLength(40);
        // A primitive collection: a JSON array column on both providers.
        builder.Property(e => e.OrganisationIds);
        builder.Property(e => e.Payload).HasMaxLength(4000);
        builder.Property(e => e.PublishedBy).HasMaxLength(80);
        // The dispatcher's query: unpublished rows in id order.
        builder.HasIndex(e => new { e.PublishedAt, e.Id });
    }
}
