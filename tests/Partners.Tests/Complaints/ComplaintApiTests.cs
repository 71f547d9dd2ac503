using Partners.Api.Seed;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Complaints;

/// <summary>The complaint process through /graphql: each move, each refusal, who sees what.</summary>
public sealed class ComplaintApiTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private ComplaintApi Api => new(factory, client);

    [Fact]
    public async Task A_complaint_moves_from_received_to_closed_and_keeps_a_dated_history()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_4");

        var acknowledged = await Api.MoveAsync("acknowledgeComplaint", isp, new { complaintId = id });
        var reviewed = await Api.MoveAsync("startComplaintReview", isp, new { complaintId = id });
        var answered = await Api.MoveAsync("answerComplaint", isp, new { complaintId = id, finding = "PARTLY_FOUNDED", text = "Analyse faite avec retard." });
        var closed = await Api.MoveAsync("closeComplaint", isp, new { complaintId = id });

        Assert.Equal("ACKNOWLEDGED", acknowledged["complaint"]!["status"]!.GetValue<string>());
        Assert.Equal("UNDER_REVIEW", reviewed["complaint"]!["status"]!.GetValue<string>());
        Assert.Equal("PARTLY_FOUNDED", answered["complaint"]!["answer"]!["finding"]!.GetValue<string>());
        var complaint = closed["complaint"]!;
        Assert.Equal("CLOSED", complaint["status"]!.GetValue<string>());
        Assert.Equal(
            ["RECEIVED", "ACKNOWLEDGED", "UNDER_REVIEW", "ANSWERED", "CLOSED"],
            complaint["history"]!["nodes"]!.AsArray().Select(h => h!["to"]!.GetValue<string>()));
        Assert.Equal(DemoOrganisations.IspWithClause, complaint["history"]!["nodes"]![4]!["actor"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_recorder_records_a_withdrawal_with_its_reason()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_5");

        var withdrawn = await Api.MoveAsync("withdrawComplaint", forem, new { complaintId = id, reason = "Réglé à l'amiable." });

        Assert.Equal("WITHDRAWN", withdrawn["complaint"]!["status"]!.GetValue<string>());
        Assert.Equal("Réglé à l'amiable.", withdrawn["complaint"]!["history"]!["nodes"]![1]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_move_out_of_order_is_an_invalid_transition_and_changes_nothing()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_6");

        var closed = await Api.MoveAsync("closeComplaint", isp, new { complaintId = id });
        var answered = await Api.MoveAsync("answerComplaint", isp, new { complaintId = id, finding = "FOUNDED", text = "Trop tôt." }, "en");

        Assert.Equal("INVALID_TRANSITION", closed["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(closed["complaint"]);
        Assert.Equal("A complaint in state 'received' cannot move to 'answered'.", answered["errors"]![0]!["message"]!.GetValue<string>());
        var node = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on Complaint { status } } }", new { id }, isp);
        Assert.Equal("RECEIVED", node.EnsureNoErrors().Data!["node"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_party_complained_about_handles_the_complaint()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_7");

        var refused = await Api.MoveAsync("acknowledgeComplaint", forem, new { complaintId = id });

        Assert.Equal("FORBIDDEN", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Seule la partie mise en cause traite la plainte (art. 13 11°, art. 14 8°).", refused["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_engagement_of_the_other_party_is_not_applicable_on_input_engagementCode()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);

        var response = await Api.FileAsync(forem, new
        {
            jobSeekerId = await Api.Data.JobSeekerGlobalIdAsync(),
            respondentOrganisationId = await Api.Data.OrganisationGlobalIdAsync(DemoOrganisations.Office),
            engagementCode = "OPERATOR_14_4",
            description = "Pas de réponse.",
        }, "en");

        var payload = response.EnsureNoErrors().Data!["fileComplaint"]!;
        Assert.Null(payload["complaint"]);
        var error = payload["errors"]![0]!;
        Assert.Equal("ENGAGEMENT_NOT_APPLICABLE", error["code"]!.GetValue<string>());
        Assert.Equal("input.engagementCode", error["field"]!.GetValue<string>());
        Assert.StartsWith("The engagement 'OPERATOR_14_4' does not bind", error["message"]!.GetValue<string>());
        Assert.Equal(0, await Api.Data.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Complaints, c => c.Description == "Pas de réponse.")));
    }

    [Fact]
    public async Task An_unknown_job_seeker_is_not_found_and_empty_fields_are_validation_errors()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var respondent = await Api.Data.OrganisationGlobalIdAsync(DemoOrganisations.IspWithClause);

        var unknown = await Api.FileAsync(forem, new { jobSeekerId = "bm90LWFuLWlk", respondentOrganisationId = respondent, engagementCode = "OPERATOR_14_4", description = "x" });
        var empty = await Api.FileAsync(forem, new { jobSeekerId = await Api.Data.ServedJobSeekerGlobalIdAsync(DemoOrganisations.IspWithClause), respondentOrganisationId = respondent, engagementCode = "NOPE", description = " " });

        Assert.Equal("input.jobSeekerId", unknown.Data!["fileComplaint"]!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", unknown.Data!["fileComplaint"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(
            ["input.engagementCode", "input.description"],
            empty.Data!["fileComplaint"]!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_answer_needs_its_text()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_2");
        await Api.MoveAsync("acknowledgeComplaint", isp, new { complaintId = id });
        await Api.MoveAsync("startComplaintReview", isp, new { complaintId = id });

        var refused = await Api.MoveAsync("answerComplaint", isp, new { complaintId = id, finding = "UNFOUNDED", text = "" });

        Assert.Equal("VALIDATION", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.text", refused["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Late_handling_is_flagged_overdue_and_filtered()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        var late = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_3", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-40).ToString("O"));
        var fresh = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_3");

        var overdue = await client.PostGraphQLAsync("{ complaints(first: 100, where: { overdue: true }) { nodes { id acknowledgementOverdue answerOverdue } } }", token: isp);
        var onTime = await client.PostGraphQLAsync("{ complaints(first: 100, where: { overdue: false }) { nodes { id } } }", token: isp);

        var nodes = overdue.EnsureNoErrors().Data!["complaints"]!["nodes"]!.AsArray();
        var lateNode = Assert.Single(nodes, n => n!["id"]!.GetValue<string>() == late)!;
        Assert.True(lateNode["acknowledgementOverdue"]!.GetValue<bool>());
        Assert.True(lateNode["answerOverdue"]!.GetValue<bool>());
        Assert.DoesNotContain(nodes, n => n!["id"]!.GetValue<string>() == fresh);
        Assert.Contains(onTime.EnsureNoErrors().Data!["complaints"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == fresh);
    }

    [Fact]
    public async Task Another_organisation_neither_finds_nor_counts_nor_moves_a_complaint()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var other = await Tokens.GetAsync(client, Tokens.CpasLiege);
        var id = await Api.FiledAsync(forem, DemoOrganisations.IspWithClause, "OPERATOR_14_4");

        var list = await client.PostGraphQLAsync("{ complaints(first: 100) { totalCount nodes { id respondent { name } } } }", token: other);
        var node = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id }, other);
        var moved = await Api.MoveAsync("withdrawComplaint", other, new { complaintId = id });

        var connection = list.EnsureNoErrors().Data!["complaints"]!;
        Assert.DoesNotContain(connection["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        Assert.Equal(connection["nodes"]!.AsArray().Count, connection["totalCount"]!.GetValue<int>());
        Assert.Null(node.EnsureNoErrors().Data!["node"]);
        Assert.Equal("NOT_FOUND", moved["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.complaintId", moved["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Engagements_come_from_the_table_in_the_callers_language()
    {
        var isp = await Tokens.GetAsync(client, Tokens.Isp);

        var french = await client.PostGraphQLAsync("{ engagements { code article party wording } }", token: isp);
        var english = await client.PostGraphQLAsync("{ engagements { code wording } }", token: isp, language: "en");

        var engagements = french.EnsureNoErrors().Data!["engagements"]!.AsArray();
        Assert.Equal(14, engagements.Count);
        Assert.Equal("OFFICE_13_1", engagements[0]!["code"]!.GetValue<string>());
        Assert.Equal("13 1°", engagements[0]!["article"]!.GetValue<string>());
        Assert.Equal("OPERATOR_14_7", engagements[13]!["code"]!.GetValue<string>());
        Assert.Equal("OPERATOR", engagements[13]!["party"]!.GetValue<string>());
        Assert.StartsWith("informer le demandeur d'emploi", engagements[0]!["wording"]!.GetValue<string>());
        Assert.StartsWith("inform the job seeker", english.EnsureNoErrors().Data!["engagements"]![0]!["wording"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_complainant_is_shown_to_the_handling_parties_under_the_data_boundaries()
    {
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var isp = await Tokens.GetAsync(client, Tokens.Isp);
        // The operator served the person long ago (a refused candidacy, past the boundary's retention window).
        var offer = await Api.Data.OfferAsync(DemoOrganisations.IspWithClause, Partners.Domain.Organisations.Region.Liege);
        var longAgo = await Api.Data.ReferralAsync(offer, DateTime.UtcNow.AddDays(-new Partners.Domain.Boundaries.BoundaryOptions().RetentionDays - 30),
            (r, a, t) => r.RecordCandidacyResult(a, Partners.Domain.Referrals.CandidacyDecision.Refused, Partners.Domain.Referrals.RefusalReason.NoSeats, "complet", null, t));
        var filed = (await Api.FileAsync(forem, new
        {
            jobSeekerId = Partners.Api.GraphQL.Relay.GlobalId.Encode("JobSeeker", longAgo.JobSeekerId),
            respondentOrganisationId = await Api.Data.OrganisationGlobalIdAsync(DemoOrganisations.IspWithClause),
            engagementCode = "OPERATOR_14_3", description = "Accueil difficile.",
        })).EnsureNoErrors().Data!["fileComplaint"]!;
        var id = filed["complaint"]!["id"]!.GetValue<string>();
        const string Query = "query($id: ID!) { node(id: $id) { ... on Complaint { jobSeeker { identity { lastName } } } } }";

        // The Office recorded it and reads identities by its mission.
        var byOffice = (await client.PostGraphQLAsync(Query, new { id }, forem)).EnsureNoErrors();
        Assert.NotNull(byOffice.Data!["node"]!["jobSeeker"]!["identity"]!["lastName"]);

        // The operator handles it but no longer has a referral of the person that opens it: the complaint, not the identity.
        var byOperator = await client.PostGraphQLAsync(Query, new { id }, isp);
        Assert.Null(byOperator.Data!["node"]!["jobSeeker"]!["identity"]);
        Assert.Equal(["CONSENT_REQUIRED"], byOperator.ErrorCodes);
        Assert.Equal(["node", "jobSeeker", "identity"], byOperator.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }
}
