using Microsoft.EntityFrameworkCore;
using Partners.Api.Identity;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>Office staff: HEALTH for the social service only, the access log for the data protection officer only.</summary>
public sealed class StaffBoundaryTests(EntraApiFactory factory) : IClassFixture<EntraApiFactory>
{
    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task The_social_service_reads_health_and_a_counsellor_is_refused_it_at_its_path()
    {
        var person = await world.PersonAsync();

        var social = await world.ReadAsync(EntraTokens.Create([StaffRoles.SocialService]), person);
        Assert.NotNull(social.Data!["jobSeeker"]!["health"]);
        var counsellor = await world.ReadAsync(EntraTokens.Create([StaffRoles.Counsellor]), person);
        Assert.Null(counsellor.Data!["jobSeeker"]!["health"]);
        Assert.Equal("FORBIDDEN", BoundaryWorld.ErrorsByPath(counsellor)["jobSeeker.health"]);
        Assert.NotNull(counsellor.Data!["jobSeeker"]!["identity"]);
    }

    [Fact]
    public async Task The_data_protection_officer_reads_who_looked_at_a_person_and_a_counsellor_may_not()
    {
        var person = await world.PersonAsync();
        (await world.ReadAsync(EntraTokens.Create([StaffRoles.Counsellor]), person, "query Look($id: ID!) { jobSeeker(id: $id) { identity { niss } } }")).EnsureNoErrors();
        var variables = new { id = WorkflowWorld.Id("JobSeeker", person) };

        var refused = await world.Client.PostGraphQLAsync(AccessLogTests.Log, variables, EntraTokens.Create([StaffRoles.Counsellor]));
        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);

        var log = (await world.Client.PostGraphQLAsync(AccessLogTests.Log, variables, EntraTokens.Create([StaffRoles.DataProtectionOfficer]))).EnsureNoErrors();
        var entry = Assert.Single(log.Data!["accessLog"]!["nodes"]!.AsArray())!;
        Assert.Equal(("Look", "IDENTITY", "OFFICE_MISSION"), (entry["operation"]!.GetValue<string>(), entry["category"]!.GetValue<string>(), entry["basis"]!.GetValue<string>()));
        Assert.Equal(EntraTokens.PersonId, await world.Workflow.WithDbAsync(db => db.AccessLog.Where(e => e.JobSeekerId == person).Select(e => e.UserId).SingleAsync()));
    }
}
