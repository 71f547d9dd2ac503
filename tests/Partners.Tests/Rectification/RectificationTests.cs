using Microsoft.EntityFrameworkCore;
using Partners.Tests.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Rectification;

/// <summary>The Office corrects a person's identity; each changed field is kept with who, when, before and after, for the DPO.</summary>
public sealed class RectificationTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Rectify = """
        mutation Rectify($input: RectifyIdentityInput!) {
          rectifyIdentity(input: $input) { jobSeeker { identity { lastName email municipality } } errors { code field message } }
        }
        """;

    private const string History = """
        query History($id: ID!) {
          dataCorrections(jobSeekerId: $id, first: 10) { nodes { category field before after organisation { name } clientId reason at } }
        }
        """;

    private readonly BoundaryWorld world = new(factory);

    [Fact]
    public async Task The_holders_writes_of_social_and_health_are_kept_field_by_field_for_the_dpo()
    {
        var person = await world.PersonAsync(Partners.Api.Seed.DemoOrganisations.CpasLiege);
        var id = WorkflowWorld.Id("JobSeeker", person);
        const string Social = "mutation ($input: UpdateSocialFollowUpInput!) { updateSocialFollowUp(input: $input) { errors { code } } }";
        const string Health = "mutation ($input: RecordHealthStatusInput!) { recordHealthStatus(input: $input) { errors { code } } }";
        var cpas = await world.TokenAsync(Tokens.CpasLiege);

        var social = new { input = new { jobSeekerId = id, receivesSocialAid = true, employedUnderArticle60 = false, reason = "Décision du comité spécial" } };
        Assert.Empty((await world.Client.PostGraphQLAsync(Social, social, cpas)).EnsureNoErrors().Data!["updateSocialFollowUp"]!["errors"]!.AsArray());
        // The same write again changes nothing, so it adds nothing to the history.
        Assert.Empty((await world.Client.PostGraphQLAsync(Social, social, cpas)).EnsureNoErrors().Data!["updateSocialFollowUp"]!["errors"]!.AsArray());
        var health = new { input = new { jobSeekerId = id, icfSummary = "d240 gérer le stress" } };
        Assert.Empty((await world.Client.PostGraphQLAsync(Health, health, await world.TokenAsync(Tokens.ForemSocial))).EnsureNoErrors().Data!["recordHealthStatus"]!["errors"]!.AsArray());

        var history = (await world.Client.PostGraphQLAsync(
                "query ($id: ID!) { dataCorrections(jobSeekerId: $id, where: { categoryIn: [SOCIAL, HEALTH] }) { nodes { category field before after organisation { name } clientId reason } } }",
                new { id }, await world.TokenAsync(Tokens.Forem)))
            .EnsureNoErrors().Data!["dataCorrections"]!["nodes"]!.AsArray()
            .Select(h => (h!["category"]!.GetValue<string>(), h["field"]!.GetValue<string>(), h["before"]?.GetValue<string>(), h["after"]?.GetValue<string>(),
                h["organisation"]!["name"]!.GetValue<string>(), h["clientId"]!.GetValue<string>(), h["reason"]!.GetValue<string>()))
            .OrderBy(h => h.Item2, StringComparer.Ordinal);

        Assert.Equal(
            [
                ("HEALTH", "icfSummary", null, "d240 gérer le stress", "Le Forem", Tokens.ForemSocial, "recordHealthStatus"),
                ("SOCIAL", "receivesSocialAid", "false", "true", "CPAS de Liège", Tokens.CpasLiege, "Décision du comité spécial"),
            ],
            history);
    }

    [Fact]
    public async Task The_office_corrects_identity_fields_and_the_dpo_reads_who_when_before_and_after()
    {
        var person = await world.PersonAsync();
        var id = WorkflowWorld.Id("JobSeeker", person);
        var forem = await world.TokenAsync(Tokens.Forem);

        var answer = (await world.Client.PostGraphQLAsync(Rectify, new { input = new { jobSeekerId = id, lastName = "Dupont", email = "camille@example.be", municipality = "Liège", reason = "Carte d'identité présentée" } }, forem)).EnsureNoErrors();
        var payload = answer.Data!["rectifyIdentity"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(("Dupont", "camille@example.be", "Liège"), (payload["jobSeeker"]!["identity"]!["lastName"]!.GetValue<string>(),
            payload["jobSeeker"]!["identity"]!["email"]!.GetValue<string>(), payload["jobSeeker"]!["identity"]!["municipality"]!.GetValue<string>()));

        var history = (await world.Client.PostGraphQLAsync(History, new { id }, forem)).EnsureNoErrors().Data!["dataCorrections"]!["nodes"]!.AsArray();
        // The municipality was already Liège: an unchanged field leaves no entry.
        Assert.Equal(
            [("IDENTITY", "email", (string?)null, "camille@example.be"), ("IDENTITY", "lastName", "Test", "Dupont")],
            history.Select(h => (h!["category"]!.GetValue<string>(), h["field"]!.GetValue<string>(), h["before"]?.GetValue<string>(), h["after"]!.GetValue<string>())).OrderBy(h => h.Item2, StringComparer.Ordinal));
        Assert.All(history, h => Assert.Equal(("Le Forem", Tokens.Forem, "Carte d'identité présentée"),
            (h!["organisation"]!["name"]!.GetValue<string>(), h["clientId"]!.GetValue<string>(), h["reason"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_blank_name_is_refused_on_its_field_and_nothing_is_written()
    {
        var person = await world.PersonAsync();
        var id = WorkflowWorld.Id("JobSeeker", person);
        var answer = (await world.Client.PostGraphQLAsync(Rectify, new { input = new { jobSeekerId = id, lastName = " ", email = "x@example.be", reason = "Demande" } }, await world.TokenAsync(Tokens.Forem))).EnsureNoErrors();
        var error = Assert.Single(answer.Data!["rectifyIdentity"]!["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "input.lastName"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        var (lastName, email, corrections) = await world.Workflow.WithDbAsync(async db => (
            await db.JobSeekers.Where(j => j.Id == person).Select(j => j.Identity.LastName).SingleAsync(),
            await db.JobSeekers.Where(j => j.Id == person).Select(j => j.Identity.Email).SingleAsync(),
            await db.DataCorrections.CountAsync(c => c.JobSeekerId == person)));
        Assert.Equal(("Test", null, 0), (lastName, email, corrections));
    }

    [Fact]
    public async Task Only_the_office_corrects_identity_and_only_the_dpo_reads_the_history()
    {
        var person = await world.PersonAsync(referredToIsp: true);
        var id = WorkflowWorld.Id("JobSeeker", person);
        var byOperator = await world.Client.PostGraphQLAsync(Rectify, new { input = new { jobSeekerId = id, lastName = "Autre", reason = "x" } }, await world.TokenAsync(Tokens.Isp));
        Assert.Equal(["FORBIDDEN"], byOperator.ErrorCodes);
        foreach (var client in new[] { Tokens.Isp, Tokens.CpasLiege, Tokens.Commission })
        {
            Assert.Equal(["FORBIDDEN"], (await world.Client.PostGraphQLAsync(History, new { id }, await world.TokenAsync(client))).ErrorCodes);
        }

        Assert.Equal("Test", await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person).Select(j => j.Identity.LastName).SingleAsync()));
    }
}
