using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Partners.Data.Members;

/// <summary>Identity's member tables, named for what they hold (the default AspNet* names say nothing here).</summary>
internal sealed class CommissionMemberConfiguration :
    IEntityTypeConfiguration<CommissionMember>,
    IEntityTypeConfiguration<IdentityUserClaim<long>>,
    IEntityTypeConfiguration<IdentityUserLogin<long>>,
    IEntityTypeConfiguration<IdentityUserToken<long>>
{
    public void Configure(EntityTypeBuilder<CommissionMember> builder) => builder.ToTable("CommissionMembers");

    public void Configure(EntityTypeBuilder<IdentityUserClaim<long>> builder) => builder.ToTable("CommissionMemberClaims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<long>> builder) => builder.ToTable("CommissionMemberLogins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<long>> builder) => builder.ToTable("CommissionMemberTokens");
}
