using Partners.Api.JobSeekers;
using Partners.Api.Organisations;
using Partners.Api.Seed;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Complaints;

/// <summary>Recording a complaint is no way to learn who exists: the recorder must reach the person.</summary>
public sealed class ComplaintReachTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string File = """
        mutation($jobSeeker: ID!, $respondent: ID!) {
          fileComplaint(input: { jobSeekerId: $jobSeeker, respondentOrganisationId: $respondent, engagementCode: "OPERATOR_14_3", description: "Accueil difficile" }) {
            complaint { status } errors { code field }
          }
        }
        """;

    [Fact]
    public async Task An_operator_records_a_complaint_only_for_a_person_it_has_a_referral_of()
    {
        var world = new WorkflowWorld(factory);
        var client = factory.CreateClient();
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var respondent = WorkflowWorld.Id(OrganisationNode.TypeName, await world.OrganisationIdAsync(DemoOrganisations.IspWithClause));
        var stranger = await world.JobSeekerAsync();

        var refused = (await client.PostGraphQLAsync(File, new { jobSeeker = WorkflowWorld.Id(JobSeekerNode.TypeName, stranger), respondent }, isp)).EnsureNoErrors();
        var error = refused.Data!["fileComplaint"]!["errors"]![0]!;
        Assert.Equal(("NOT_FOUND", "input.jobSeekerId"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));

        await world.ReferralAsync(await world.OfferAsync(DemoOrganisations.IspWithClause), jobSeekerId: stranger);
        var recorded = (await client.PostGraphQLAsync(File, new { jobSeeker = WorkflowWorld.Id(JobSeekerNode.TypeName, stranger), respondent }, isp)).EnsureNoErrors();
        Assert.Equal("RECEIVED", recorded.Data!["fileComplaint"]!["complaint"]!["status"]!.GetValue<string>());
    }
}
