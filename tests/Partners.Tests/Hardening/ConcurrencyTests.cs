using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Partners.Api.JobSeekers;
using Partners.Api.Offers;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Hardening;

/// <summary>Issue 12: racing writers without a key get the current state or a clear refusal, never a duplicate or INTERNAL.</summary>
public sealed class ConcurrencyTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);

    [Fact]
    public async Task Ten_parallel_referrals_of_one_person_to_one_offer_create_one_referral()
    {
        var jobSeeker = await world.JobSeekerAsync();
        var variables = new
        {
            jobSeeker = WorkflowWorld.Id(JobSeekerNode.TypeName, jobSeeker),
            offer = WorkflowWorld.Id(OfferNode.TypeName, await world.OfferAsync()),
        };
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        const string Refer = """
            mutation($jobSeeker: ID!, $offer: ID!) {
              referJobSeeker(input: { jobSeekerId: $jobSeeker, offerId: $offer, professionalObjective: "Aide-soignant" }) { referral { id } errors { code } }
            }
            """;

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => WorkflowWorld.PostAsync(client, token, Refer, variables)));

        Assert.All(answers, a => Assert.Empty(a.EnsureNoErrors().Data!["referJobSeeker"]!["errors"]!.AsArray()));
        Assert.Single(answers.Select(a => a.Data!["referJobSeeker"]!["referral"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Equal(1, await world.WithDbAsync(db => db.Referrals.CountAsync(r => r.JobSeekerId == jobSeeker)));
    }

    /// <summary>
    /// On SQLite mutations are serialised (BEGIN IMMEDIATE); on SQL Server two referrals can race, and this index makes
    /// the loser's commit fail so that the pipeline runs it again and answers the winner's referral.
    /// </summary>
    [Fact]
    public async Task The_database_keeps_one_open_referral_per_person_and_offer()
    {
        var offer = await world.OfferAsync(capacity: 10);
        var jobSeeker = await world.JobSeekerAsync();
        await world.ReferralAsync(offer, ReferralStatus.Cancelled, jobSeeker);
        await world.ReferralAsync(offer, ReferralStatus.Sent, jobSeeker);

        var twin = await Assert.ThrowsAsync<DbUpdateException>(() => world.ReferralAsync(offer, ReferralStatus.Received, jobSeeker));
        Assert.Equal((19, 2067), (((SqliteException)twin.InnerException!).SqliteErrorCode, ((SqliteException)twin.InnerException!).SqliteExtendedErrorCode));
        Assert.Equal(2, await world.WithDbAsync(db => db.Referrals.CountAsync(r => r.JobSeekerId == jobSeeker)));
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_niss_register_one_person_and_refuse_the_others_clearly()
    {
        var niss = WorkflowWorld.NextNiss();
        var client = factory.CreateClient();
        var token = await Tokens.GetAsync(client, Tokens.Forem);
        const string Register = """
            mutation($niss: String!, $born: Date!) {
              registerJobSeeker(input: { niss: $niss, firstName: "Alex", lastName: "Course", birthDate: $born }) { jobSeeker { id } errors { code field } }
            }
            """;

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => WorkflowWorld.PostAsync(client, token, Register, new { niss, born = WorkflowWorld.BirthDateOf(niss) })));

        Assert.All(answers, a => a.EnsureNoErrors());
        var payloads = answers.Select(a => a.Data!["registerJobSeeker"]!).ToList();
        Assert.Single(payloads, p => p["jobSeeker"] is not null);
        Assert.All(payloads.Where(p => p["jobSeeker"] is null), p =>
            Assert.Equal((ErrorCodes.Validation, "input.niss"), (p["errors"]![0]!["code"]!.GetValue<string>(), p["errors"]![0]!["field"]!.GetValue<string>())));
        Assert.Equal(1, await world.WithDbAsync(db => db.JobSeekers.CountAsync(j => j.Niss == niss)));
    }
}
