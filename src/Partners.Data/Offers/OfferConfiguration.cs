using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Partners.Domain.Contracts;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;

namespace Partners.Data.Offers;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OperatorOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CooperationContract>().WithMany().HasForeignKey(o => o.ContractId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.Property(o => o.PostalCode).HasMaxLength(10);
        builder.Property(o => o.Municipality).HasMaxLength(100);
        builder.Property(o => o.DurationDescription).HasMaxLength(500);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.SeatsLeft);
        builder.Ignore(o => o.IsOfficeService);

        // The columns the offers filter reads (contract.md, OfferFilter).
        builder.HasIndex(o => o.Status);
        builder.HasIndex(o => o.Region);
        builder.HasIndex(o => o.ServiceType);
        builder.HasIndex(o => o.PostalCode);

        builder.OwnsMany(o => o.Sessions, s =>
        {
            s.ToTable("OfferSessions");
            s.HasKey(x => x.Id);
            s.Property(x => x.Location).HasMaxLength(300);
        });
        builder.OwnsMany(o => o.InformationSessions, s =>
        {
            s.ToTable("OfferInformationSessions");
            s.HasKey(x => x.Id);
            s.Property(x => x.Location).HasMaxLength(300);
        });
        builder.HasMany(o => o.TargetGroups).WithMany().UsingEntity("OfferTargetGroups");
    }
}
