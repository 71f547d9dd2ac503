using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Partners.Api.Seed;
using Partners.Domain.Complaints;
using Partners.Domain.Offers;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Hardening;

/// <summary>
/// Issue 12: every mutation of the schema (read from <c>schema/partners.graphql</c>, so a new one cannot be forgotten)
/// sent twice with one <c>Idempotency-Key</c> changes the database once and answers the same object; the key reused
/// for another input is IDEMPOTENCY_KEY_REUSED and changes nothing.
/// </summary>
public sealed partial class EveryMutationIdempotencyTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private readonly WorkflowWorld world = new(factory);
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> Mutations() => [.. SchemaFile.Mutations().Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Sent_twice_with_one_key_it_changes_once_and_a_reused_key_is_refused(string mutation)
    {
        var (_, inputType, payloadField) = SchemaFile.Mutations().Single(m => m.Name == mutation);
        Assert.True(Scenarios.TryGetValue(mutation, out var arrange), $"No idempotency scenario for the mutation {mutation}: add one.");
        var (clientId, input, otherInput) = await arrange(this);
        var token = await Tokens.GetAsync(client, clientId);
        var document = $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {payloadField} {{ id }} errors {{ code field message }} }} }}";
        var key = $"every-{mutation}-{Guid.NewGuid():N}";

        var before = await DatabaseFingerprint.OfAsync(factory.ConnectionString);
        var first = await SendAsync(token, document, input, key);
        Assert.True(first["errors"]!.AsArray().Count == 0, $"{mutation}: {first.ToJsonString()}");
        var firstId = first[payloadField]!["id"]!.GetValue<string>();
        var afterFirst = await DatabaseFingerprint.OfAsync(factory.ConnectionString);
        Assert.NotEqual(before, afterFirst);

        var second = await SendAsync(token, document, input, key);
        Assert.Empty(second["errors"]!.AsArray());
        Assert.Equal(firstId, second[payloadField]!["id"]!.GetValue<string>());
        Assert.Equal(afterFirst, await DatabaseFingerprint.OfAsync(factory.ConnectionString));

        var reused = await SendAsync(token, document, otherInput, key);
        Assert.Null(reused[payloadField]);
        var error = Assert.Single(reused["errors"]!.AsArray())!;
        Assert.Equal(("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
        Assert.Equal(afterFirst, await DatabaseFingerprint.OfAsync(factory.ConnectionString));
    }

    private async Task<JsonNode> SendAsync(string token, string document, object input, string key) =>
        (await WorkflowWorld.PostAsync(client, token, document, new { input }, key)).EnsureNoErrors().Data!.AsObject().Single().Value!;

    private record struct Arrangement(string ClientId, object Input, object OtherInput);

    private static readonly Dictionary<string, Func<EveryMutationIdempotencyTests, Task<Arrangement>>> Scenarios = new()
    {
        ["referJobSeeker"] = async t =>
        {
            var offer = Id("Offer", await t.world.OfferAsync());
            return new(Tokens.Forem,
                new { jobSeekerId = Id("JobSeeker", await t.world.JobSeekerAsync()), offerId = offer, professionalObjective = "Aide-soignant" },
                new { jobSeekerId = Id("JobSeeker", await t.world.JobSeekerAsync()), offerId = offer, professionalObjective = "Aide-soignant" });
        },
        ["acknowledgeReferral"] = t => t.ReferralMoveAsync(ReferralStatus.Sent, Tokens.Isp, id => new { referralId = id }),
        ["recordCandidacyResult"] = t => t.ReferralMoveAsync(ReferralStatus.Received, Tokens.Isp, id => new { referralId = id, decision = "ACCEPTED", motivation = "Profil adéquat" }),
        ["startService"] = t => t.ReferralMoveAsync(ReferralStatus.Accepted, Tokens.Isp, id => new { referralId = id }),
        ["reportServiceEvent"] = t => t.ReferralMoveAsync(ReferralStatus.InProgress, Tokens.Isp,
            id => new { referralId = id, occurredOn = Today, kind = "ABSENCE", description = "Absent lundi" }),
        ["completeService"] = t => t.ReferralMoveAsync(ReferralStatus.InProgress, Tokens.Isp,
            id => new { referralId = id, outcome = "COMPLETED", evaluation = new { attainment = "REACHED", summary = "Objectif atteint", agreedWithJobSeeker = true } }),
        ["cancelReferral"] = t => t.ReferralMoveAsync(ReferralStatus.Sent, Tokens.Forem, id => new { referralId = id, reason = "Plus nécessaire" }),
        ["createOffer"] = _ => Task.FromResult(new Arrangement(Tokens.Isp, OfferContent("Formation A"), OfferContent("Formation B"))),
        ["updateOffer"] = async t =>
        {
            var offer = Id("Offer", await t.world.OfferAsync());
            return new(Tokens.Isp, new { offerId = offer, title = "Titre revu" }, new { offerId = offer, title = "Autre titre" });
        },
        ["publishOffer"] = t => t.OfferMoveAsync(OfferStatus.Draft),
        ["suspendOffer"] = t => t.OfferMoveAsync(OfferStatus.Published),
        ["archiveOffer"] = t => t.OfferMoveAsync(OfferStatus.Published),
        ["registerJobSeeker"] = _ => Task.FromResult(new Arrangement(Tokens.Forem, Person(WorkflowWorld.NextNiss()), Person(WorkflowWorld.NextNiss()))),
        ["registerOrganisation"] = _ => Task.FromResult(new Arrangement(Tokens.Forem,
            new { name = "Atelier " + Guid.NewGuid().ToString("N")[..6], kind = "ISP_OPERATOR", enterpriseNumber = EnterpriseNumber() },
            new { name = "Atelier " + Guid.NewGuid().ToString("N")[..6], kind = "ISP_OPERATOR", enterpriseNumber = EnterpriseNumber() })),
        ["createCooperationContract"] = async t =>
        {
            var third = Id("Organisation", await t.world.OrganisationIdAsync(DemoOrganisations.IspThird));
            return new(Tokens.Forem, Contract(third, "2030-01-01"), Contract(third, "2030-02-01"));
        },
        ["changeCooperationContractStatus"] = async t =>
        {
            var first = await t.DraftContractAsync();
            return new(Tokens.Forem, new { contractId = first, status = "ACTIVE" }, new { contractId = await t.DraftContractAsync(), status = "ACTIVE" });
        },
        ["createReconversionPlan"] = async t =>
        {
            var unit = Id("Organisation", await t.world.OrganisationIdAsync(DemoOrganisations.ReconversionUnit));
            return new(Tokens.Forem, Plan(unit, "Verrerie A"), Plan(unit, "Verrerie B"));
        },
        ["coverReconversionWorkers"] = async t =>
        {
            var plan = await t.CreatedAsync("createReconversionPlan", "CreateReconversionPlanInput", "reconversionPlan",
                Plan(Id("Organisation", await t.world.OrganisationIdAsync(DemoOrganisations.ReconversionUnit)), "Fonderie"));
            return new(Tokens.Forem, new { planId = plan, jobSeekerIds = new[] { Id("JobSeeker", await t.world.JobSeekerAsync()) } },
                new { planId = plan, jobSeekerIds = new[] { Id("JobSeeker", await t.world.JobSeekerAsync()) } });
        },
        ["grantConsent"] = async t => new(Tokens.Forem, await t.ConsentInputAsync(), await t.ConsentInputAsync()),
        ["withdrawConsent"] = async t => new(Tokens.Forem,
            new { consentId = await t.CreatedAsync("grantConsent", "GrantConsentInput", "consent", await t.ConsentInputAsync()) },
            new { consentId = await t.CreatedAsync("grantConsent", "GrantConsentInput", "consent", await t.ConsentInputAsync()) }),
        ["fileComplaint"] = async t => new(Tokens.Forem, await t.ComplaintInputAsync("Pas d'entretien"), await t.ComplaintInputAsync("Pas de réponse")),
        ["acknowledgeComplaint"] = t => t.ComplaintMoveAsync(Tokens.Isp, [], id => new { complaintId = id }),
        ["startComplaintReview"] = t => t.ComplaintMoveAsync(Tokens.Isp, ["acknowledgeComplaint"], id => new { complaintId = id }),
        ["answerComplaint"] = t => t.ComplaintMoveAsync(Tokens.Isp, ["acknowledgeComplaint", "startComplaintReview"],
            id => new { complaintId = id, finding = "PARTLY_FOUNDED", text = "Entretien reprogrammé" }),
        ["closeComplaint"] = t => t.ComplaintMoveAsync(Tokens.Isp, ["acknowledgeComplaint", "startComplaintReview", "answerComplaint"], id => new { complaintId = id }),
        ["withdrawComplaint"] = t => t.ComplaintMoveAsync(Tokens.Forem, [], id => new { complaintId = id, reason = "Retirée" }),
        ["reportRecurringDifficulty"] = _ => Task.FromResult(new Arrangement(Tokens.Isp, Difficulty("Délais A"), Difficulty("Délais B"))),
        ["acknowledgeRecurringDifficulty"] = t => t.DifficultyMoveAsync(),
        ["closeRecurringDifficulty"] = t => t.DifficultyMoveAsync(),
        ["fileDispute"] = async t =>
        {
            var respondent = Id("Organisation", await t.world.OrganisationIdAsync(DemoOrganisations.IspWithClause));
            return new(Tokens.Forem, Dispute(respondent, "Délais A"), Dispute(respondent, "Délais B"));
        },
        ["startMediation"] = t => t.DisputeMoveAsync(Tokens.Commission, [], id => new { disputeId = id }),
        ["settleDispute"] = t => t.DisputeMoveAsync(Tokens.Commission, ["startMediation"], id => new { disputeId = id, text = "Accord trouvé" }),
        ["referDisputeToArbitration"] = t => t.DisputeMoveAsync(Tokens.Commission, ["startMediation"], id => new { disputeId = id }),
        ["decideDispute"] = t => t.DisputeMoveAsync(Tokens.Commission, ["startMediation", "referDisputeToArbitration"], id => new { disputeId = id, text = "Sentence" }),
        ["designateReferentCounsellor"] = async t =>
        {
            var person = Id("JobSeeker", await t.world.JobSeekerAsync());
            return new(Tokens.Forem, new { jobSeekerId = person, counsellorUserId = Guid.NewGuid().ToString(), counsellorName = "Claire Dumont" },
                new { jobSeekerId = person, counsellorUserId = Guid.NewGuid().ToString(), counsellorName = "Marc Lenoir" });
        },
        ["closeAccompaniment"] = async t => new(Tokens.Forem,
            new { jobSeekerId = Id("JobSeeker", await t.world.JobSeekerAsync()), reason = "Emploi trouvé", evaluation = new { attainment = "REACHED", summary = "CDI" } },
            new { jobSeekerId = Id("JobSeeker", await t.world.JobSeekerAsync()), reason = "Emploi trouvé", evaluation = new { attainment = "REACHED", summary = "CDI" } }),
        ["withdrawDispute"] = t => t.DisputeMoveAsync(Tokens.Forem, [], id => new { disputeId = id, reason = "Réglé entre parties" }),
        ["recordActionPlan"] = async t =>
        {
            var person = await t.world.JobSeekerAsync();
            return new(Tokens.Forem, ActionPlan(person, "Cariste"), ActionPlan(person, "Magasinier"));
        },
        ["recordJobSeekerInformed"] = t => t.ReferralMoveAsync(ReferralStatus.Accepted, Tokens.Isp, id => new { referralId = id, channel = "LETTER" }),
        ["updateSocialFollowUp"] = async t =>
        {
            var person = Id("JobSeeker", await t.world.JobSeekerAsync(DemoOrganisations.CpasLiege));
            return new(Tokens.CpasLiege, new { jobSeekerId = person, receivesSocialAid = true }, new { jobSeekerId = person, employedUnderArticle60 = true });
        },
        ["recordHealthStatus"] = async t =>
        {
            var person = Id("JobSeeker", await t.world.JobSeekerAsync());
            return new(Tokens.ForemSocial, new { jobSeekerId = person, icfSummary = "d240 gérer le stress" }, new { jobSeekerId = person, icfSummary = "d450 marcher" });
        },
        ["registerForInformationSession"] = async t =>
        {
            var offer = await t.world.OfferAsync();
            var session = Id("InformationSession", await t.world.InformationSessionAsync(offer, seats: 5));
            async Task<object> ReferredAsync()
            {
                var person = await t.world.JobSeekerAsync();
                var referral = await t.world.ReferralAsync(offer, ReferralStatus.Sent, person);
                return new { offerId = Id("Offer", offer), sessionId = session, jobSeekerId = Id("JobSeeker", person), referralId = Id("Referral", referral) };
            }

            return new(Tokens.Forem, await ReferredAsync(), await ReferredAsync());
        },
        ["cancelSessionRegistration"] = async t =>
        {
            var offer = await t.world.OfferAsync();
            var session = await t.world.InformationSessionAsync(offer);
            async Task<object> RegisteredAsync() => new
            {
                registrationId = Id("SessionRegistration", await t.world.SessionRegistrationAsync(offer, session, await t.world.JobSeekerAsync())),
                reason = "Empêchée ce jour-là",
            };

            return new(Tokens.Isp, await RegisteredAsync(), await RegisteredAsync());
        },
        ["rectifyIdentity"] = async t =>
        {
            var person = Id("JobSeeker", await t.world.JobSeekerAsync());
            return new(Tokens.Forem, new { jobSeekerId = person, lastName = "Dupont", reason = "Carte d'identité vue" },
                new { jobSeekerId = person, lastName = "Durand", reason = "Carte d'identité vue" });
        },
    };

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private static string Id(string type, long key) => WorkflowWorld.Id(type, key);

    private static object OfferContent(string title) =>
        new { title, serviceType = "TRAINING", objectives = "Se former", address = "Rue Test 1", postalCode = "4000", municipality = "Liège", region = "LIEGE", capacity = 5 };

    private static object Person(string niss) => new { niss, firstName = "Alex", lastName = "Idem", birthDate = WorkflowWorld.BirthDateOf(niss) };

    private static object ActionPlan(long person, string objective) => new
    {
        jobSeekerId = Id("JobSeeker", person), drawnUpOn = Today, objectives = new[] { objective },
        commitments = new[] { new { party = "JOB_SEEKER", text = "Suivre le plan" }, new { party = "OFFICE", text = "Proposer des offres" } },
    };

    private static object Contract(string operatorId, string validFrom) =>
        new { operatorId, validFrom, adheresToEthicsCharter = true, disputeClause = "MEDIATION" };

    private static object Plan(string unit, string employer) =>
        new { reconversionUnitId = unit, employerName = employer, employerEnterpriseNumber = EnterpriseNumber(), startsOn = Today, endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd") };

    private static object Difficulty(string title) => new { title, description = "Les évaluations arrivent en retard." };

    private static object Dispute(string respondent, string subject) => new { respondentOrganisationId = respondent, subject, description = "Les évaluations arrivent en retard." };

    /// <summary>A valid enterprise number nobody else has: 0 + 7 random digits, then 97 − (the 8 digits mod 97).</summary>
    private static string EnterpriseNumber()
    {
        var body = RandomNumberGenerator.GetInt32(1_000_000, 10_000_000);
        return $"0{body:D7}{97 - (body % 97):D2}";
    }

    private async Task<Arrangement> ReferralMoveAsync(ReferralStatus from, string clientId, Func<string, object> input)
    {
        var offer = await world.OfferAsync(capacity: 50);
        return new(clientId, input(Id("Referral", await world.ReferralAsync(offer, from))), input(Id("Referral", await world.ReferralAsync(offer, from))));
    }

    private async Task<Arrangement> OfferMoveAsync(OfferStatus from) =>
        new(Tokens.Isp, new { offerId = Id("Offer", await world.OfferAsync(status: from)) }, new { offerId = Id("Offer", await world.OfferAsync(status: from)) });

    /// <summary>Runs a creating mutation without a key, as the arrangement; returns the new object's id.</summary>
    private async Task<string> CreatedAsync(string mutation, string inputType, string field, object input, string clientId = Tokens.Forem)
    {
        var token = await Tokens.GetAsync(client, clientId);
        var payload = (await client.PostGraphQLAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {field} {{ id }} errors {{ code message }} }} }}", new { input }, token))
            .EnsureNoErrors().Data![mutation]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload[field]!["id"]!.GetValue<string>();
    }

    private async Task<string> MovedAsync(string mutation, string clientId, object input, string field)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return await CreatedAsync(mutation, inputType, field, input, clientId);
    }

    private async Task<string> DraftContractAsync()
    {
        var third = Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.IspThird));
        return await CreatedAsync("createCooperationContract", "CreateCooperationContractInput", "contract", Contract(third, "2031-01-01"));
    }

    private async Task<object> ConsentInputAsync() => new
    {
        jobSeekerId = Id("JobSeeker", await world.JobSeekerAsync()),
        recipientOrganisationId = Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.IspWithClause)),
        categories = new[] { "IDENTITY" }, purpose = "Suivi du parcours", evidenceReference = "FORM-" + Guid.NewGuid().ToString("N")[..6],
    };

    /// <summary>A complaint about the operator for a person it served (a referral of theirs: domain.md, "Complaints").</summary>
    private async Task<object> ComplaintInputAsync(string description) => new
    {
        jobSeekerId = Id("JobSeeker", (await world.LoadReferralAsync(await world.ReferralAsync(await world.OfferAsync(capacity: 50)))).JobSeekerId),
        respondentOrganisationId = Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.IspWithClause)),
        engagementCode = Engagements.Operator14_4, description,
    };

    private async Task<Arrangement> ComplaintMoveAsync(string clientId, string[] path, Func<string, object> input)
    {
        async Task<string> OneAsync()
        {
            var id = await CreatedAsync("fileComplaint", "FileComplaintInput", "complaint", await ComplaintInputAsync("Pas d'entretien d'accueil"));
            foreach (var step in path)
            {
                await MovedAsync(step, Tokens.Isp, step == "answerComplaint" ? new { complaintId = id, finding = "FOUNDED", text = "Réponse" } : new { complaintId = id }, "complaint");
            }

            return id;
        }

        return new(clientId, input(await OneAsync()), input(await OneAsync()));
    }

    private async Task<Arrangement> DifficultyMoveAsync()
    {
        var first = await CreatedAsync("reportRecurringDifficulty", "ReportRecurringDifficultyInput", "recurringDifficulty", Difficulty("Délais"), Tokens.Isp);
        var second = await CreatedAsync("reportRecurringDifficulty", "ReportRecurringDifficultyInput", "recurringDifficulty", Difficulty("Délais"), Tokens.Isp);
        return new(Tokens.Commission, new { recurringDifficultyId = first }, new { recurringDifficultyId = second });
    }

    private async Task<Arrangement> DisputeMoveAsync(string clientId, string[] path, Func<string, object> input)
    {
        var respondent = Id("Organisation", await world.OrganisationIdAsync(DemoOrganisations.IspWithClause));
        async Task<string> OneAsync()
        {
            var id = await CreatedAsync("fileDispute", "FileDisputeInput", "dispute", Dispute(respondent, "Délais"));
            foreach (var step in path)
            {
                await MovedAsync(step, Tokens.Commission, new { disputeId = id }, "dispute");
            }

            return id;
        }

        return new(clientId, input(await OneAsync()), input(await OneAsync()));
    }
}

/// <summary>The mutations of the committed schema file: name, input type, payload's object field.</summary>
internal static partial class SchemaFile
{
    public static string Text()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Partners.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(directory!.FullName, "schema", "partners.graphql"));
    }

    public static IReadOnlyList<(string Name, string InputType, string PayloadField)> Mutations()
    {
        var text = Text();
        var mutation = MutationType().Match(text).Groups[1].Value;
        return
        [
            .. MutationField().Matches(mutation).Select(m => (m.Groups[1].Value, m.Groups[2].Value,
                PayloadField(text, m.Groups[3].Value))),
        ];
    }

    private static string PayloadField(string text, string payloadType)
    {
        var body = new Regex($@"\ntype {payloadType} \{{(.*?)\n\}}", RegexOptions.Singleline).Match(text).Groups[1].Value;
        return FieldName().Matches(body).Select(m => m.Groups[1].Value).First(name => name != "errors");
    }

    [GeneratedRegex(@"\ntype Mutation \{(.*?)\n\}", RegexOptions.Singleline)]
    private static partial Regex MutationType();

    [GeneratedRegex(@"\n  (\w+)\(\s*(?:""[^""]*""\s*)?input: (\w+)!\): (\w+)!", RegexOptions.Singleline)]
    private static partial Regex MutationField();

    [GeneratedRegex(@"\n  (\w+): ")]
    private static partial Regex FieldName();
}

/// <summary>
/// What the platform stores, as one hash per table: rows written by reads (the access log), by token issuance
/// (OpenIddict) or by the dispatcher's bookkeeping (an event's publication) are left out, the events counted by id.
/// </summary>
internal static class DatabaseFingerprint
{
    public static async Task<string> OfAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var fingerprint = new StringBuilder();
        foreach (var table in tables.Where(t => !t.StartsWith("OpenIddict", StringComparison.Ordinal) && !t.StartsWith("AccessLog", StringComparison.Ordinal)
                     && !t.StartsWith("__", StringComparison.Ordinal) && !t.StartsWith("sqlite_", StringComparison.Ordinal) && t != "PersistedDocuments"))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = table == "OutboxEvents" ? "SELECT Id FROM OutboxEvents ORDER BY Id" : $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new StringBuilder();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    rows.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                rows.Append('\n');
            }

            fingerprint.Append(table).Append(':').Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(rows.ToString())))).Append('\n');
        }

        return fingerprint.ToString();
    }
}
