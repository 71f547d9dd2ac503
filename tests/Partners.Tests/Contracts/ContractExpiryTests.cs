using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Contracts;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Contracts;

/// <summary>A contract whose period is over expires by itself; its offers leave the catalogue; its open referrals are reported to the Office.</summary>
public sealed class ContractExpiryTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task A_contract_past_its_last_day_expires_its_offers_are_suspended_and_its_open_referrals_are_listed_for_the_office()
    {
        var (contract, offer) = await EndingOperatorAsync();
        var open = await world.ReferralAsync(offer, ReferralStatus.Sent);
        var done = await world.ReferralAsync(offer, ReferralStatus.Completed);
        await world.WithDbAsync(async db =>
        {
            (await db.CooperationContracts.SingleAsync(c => c.Id == contract)).ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            return await db.SaveChangesAsync();
        });

        var job = factory.Services.GetRequiredService<ContractExpiryJob>();
        Assert.True(await job.RunOnceAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));

        Assert.Equal(ContractStatus.Expired, await world.WithDbAsync(db => db.CooperationContracts.Where(c => c.Id == contract).Select(c => c.Status).SingleAsync()));
        Assert.Equal(OfferStatus.Suspended, await world.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).Select(o => o.Status).SingleAsync()));
        var http = factory.CreateClient();
        var listed = (await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, Tokens.Forem),
            "{ referrals(first: 100, where: { openOnEndedContract: true }) { nodes { id status } } }")).EnsureNoErrors();
        var ids = listed.Data!["referrals"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(WorkflowWorld.Id(Partners.Api.Referrals.ReferralNode.TypeName, open), ids);
        Assert.DoesNotContain(WorkflowWorld.Id(Partners.Api.Referrals.ReferralNode.TypeName, done), ids);

        var refer = (await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, Tokens.Forem),
            "mutation($j: ID!, $o: ID!) { referJobSeeker(input: { jobSeekerId: $j, offerId: $o, professionalObjective: \"Aide-soignant\" }) { errors { code } } }",
            new { j = WorkflowWorld.Id("JobSeeker", await world.JobSeekerAsync()), o = WorkflowWorld.Id("Offer", offer) })).EnsureNoErrors();
        Assert.Equal(ErrorCodes.NotEligible, refer.Data!["referJobSeeker"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    /// <summary>A new operator with an active contract and one published offer, alone so no other test's offers are touched.</summary>
    private Task<(long Contract, long Offer)> EndingOperatorAsync() =>
        world.WithDbAsync(async db =>
        {
            var office = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).SingleAsync();
            var organisation = new Organisation { Name = "Opérateur " + Guid.NewGuid().ToString("N")[..8], Kind = OrganisationKind.IspOperator, Region = Region.Liege };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            var contract = new CooperationContract
            {
                OfficeOrganisationId = office, OperatorOrganisationId = organisation.Id, ValidFrom = new DateOnly(2025, 1, 1),
                ValidUntil = new DateOnly(2030, 12, 31), AdheresToEthicsCharter = true, Status = ContractStatus.Active,
            };
            db.CooperationContracts.Add(contract);
            await db.SaveChangesAsync();
            var offer = new Offer
            {
                OperatorOrganisationId = organisation.Id, ContractId = contract.Id, Title = "Offre expirante", ServiceType = ServiceType.Training,
                Objectives = "Se former", Address = "Rue Test 1", PostalCode = "4000", Municipality = "Liège", Region = Region.Liege, Capacity = 5,
                Status = OfferStatus.Published,
            };
            db.Offers.Add(offer);
            await db.SaveChangesAsync();
            return (contract.Id, offer.Id);
        });
}
