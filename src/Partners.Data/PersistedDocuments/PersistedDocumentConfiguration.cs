using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Partners.Data.PersistedDocuments;

internal sealed class PersistedDocumentConfiguration : IEntityTypeConfiguration<PersistedDocument>
{
    public void Configure(EntityTypeBuilder<PersistedDocument> builder)
    {
        builder.HasKey(d => d.Hash);
        builder.Property(d => d.Hash).HasMaxLength(64);
    }
}
