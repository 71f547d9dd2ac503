using Microsoft.EntityFrameworkCore;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Accompaniment;

/// <summary>Informing the person of the candidacy result (art. 14 5°): when and how, and the count of results not told in time.</summary>
[Collection(AccompanimentCollection.Name)]
public sealed class InformationTests(AccompanimentApiFactory factory)
{
    private readonly WorkflowWorld world = new(factory);
    private readonly AccompanimentApi api = new(factory);

    [Fact]
    public async Task The_operator_records_when_and_how_it_told_the_person()
    {
        var referral = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Refused);
        var informed = await api.InformAsync(referral, "PHONE");
        AccompanimentApi.NoErrors(informed);
        Assert.Equal("PHONE", informed["referral"]!["jobSeekerInformedBy"]!.GetValue<string>());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), informed["referral"]!["jobSeekerInformedOn"]!.GetValue<string>());
        Assert.False(informed["referral"]!["informationOverdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Nothing_is_told_before_a_result_nor_in_the_future_nor_by_the_office()
    {
        var sent = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Sent);
        Assert.Equal(ErrorCodes.InvalidTransition, AccompanimentApi.FirstError(await api.InformAsync(sent, "LETTER")).Code);

        var accepted = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.Accepted);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal((ErrorCodes.Validation, "input.informedOn"), AccompanimentApi.FirstError(await api.InformAsync(accepted, "LETTER", tomorrow)));

        var byOffice = await api.InformAsync(accepted, "LETTER", client: Tokens.Forem);
        Assert.Equal(ErrorCodes.Forbidden, AccompanimentApi.FirstError(byOffice).Code);
        Assert.Null((await world.LoadReferralAsync(accepted)).JobSeekerInformedOn);
    }

    [Fact]
    public async Task A_result_not_told_within_the_period_is_overdue_and_counted_for_the_commission()
    {
        var offer = await world.OfferAsync();
        var referral = await world.ReferralAsync(offer, ReferralStatus.Accepted);
        var ispId = await world.OrganisationIdAsync(Partners.Api.Seed.DemoOrganisations.IspWithClause);
        var before = await CountAsync(ispId);
        // The result was given long ago: the information period is over.
        await world.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE Referrals SET InformationDueOn = {0} WHERE Id = {1}", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), referral));

        var overdue = await api.QueryAsync(Tokens.Isp, "query($r: ID!) { referral(id: $r) { informationOverdue } }", new { r = AccompanimentApi.ReferralId(referral) });
        Assert.True(overdue["referral"]!["informationOverdue"]!.GetValue<bool>());
        Assert.Equal(before + 1, await CountAsync(ispId));

        // Told late: still counted (not told in time).
        AccompanimentApi.NoErrors(await api.InformAsync(referral, "EMAIL"));
        Assert.Equal(before + 1, await CountAsync(ispId));
    }

    private async Task<int> CountAsync(long operatorId)
    {
        var data = await api.QueryAsync(Tokens.Commission, "{ commissionDashboard { overdueJobSeekerInformation { operator { id } count } } }", new { });
        var id = WorkflowWorld.Id(Partners.Api.Organisations.OrganisationNode.TypeName, operatorId);
        return data["commissionDashboard"]!["overdueJobSeekerInformation"]!.AsArray()
            .Where(c => c!["operator"]!["id"]!.GetValue<string>() == id).Sum(c => c!["count"]!.GetValue<int>());
    }
}
