using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Identity;
using Partners.Api.Seed;
using Partners.Data;
using Partners.Domain.Boundaries;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>
/// domain.md's table "what each party may see", cell by cell: every category × reader kind × consent state × scope,
/// through /graphql with real tokens, on every path to a person at once (jobSeeker, node, the jobSeekers list and its
/// totalCount, the NISS and integration-income filters, Referral.jobSeeker, and the referralUpdated events over a
/// WebSocket) and in the access log. The expectation is
/// written here from the table, independently of the code: one wrong cell fails its own case.
/// </summary>
public sealed class VisibilityMatrixTests(VisibilityMatrixTests.Host host) : IClassFixture<VisibilityMatrixTests.Host>
{
    public enum Reader
    {
        OfficeClient,
        OfficeSocialService,
        OwnCpas,
        OtherCpas,
        ReferredOperator,
        UnrelatedOperator,
        ReconversionUnit,
        Commission,
    }

    private const string ReconversionClient = "matrix-reconversion";

    private static readonly DataCategory[] Categories = Enum.GetValues<DataCategory>();

    private static readonly Dictionary<DataCategory, (string Scope, string Field)> Of = new()
    {
        [DataCategory.Identity] = ("jobseeker:identity", "identity"),
        [DataCategory.Pathway] = ("jobseeker:pathway", "pathway"),
        [DataCategory.Social] = ("jobseeker:social", "social"),
        [DataCategory.Health] = ("jobseeker:health", "health"),
    };

    private const string Fields = "id identity { niss } pathway { professionalObjectives } social { receivesIntegrationIncome } health { icfSummary }";

    private readonly BoundaryWorld world = new(host);

    /// <summary>The host of this class, with a client of the demo reconversion unit.</summary>
    public sealed class Host : PartnersApiFactory, IAsyncLifetime
    {
        private readonly Lock gate = new();
        private Task<long>? offer;
        private Task<long>? otherOffer;

        public async Task InitializeAsync()
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
            var unit = await db.Organisations.SingleAsync(o => o.Name == DemoOrganisations.ReconversionUnit);
            await scope.ServiceProvider.GetRequiredService<ClientRegistry>().RegisterAsync(ReconversionClient, ReconversionClient + "-secret", "matrix", unit, null, CancellationToken.None);
        }

        /// <summary>One published offer of the ISP operator for every referred cell.</summary>
        public Task<long> OfferAsync(BoundaryWorld world)
        {
            lock (gate)
            {
                return offer ??= world.Workflow.OfferAsync();
            }
        }

        /// <summary>One published offer of the other ISP operator, for the events no reader of a cell is party to.</summary>
        public Task<long> OtherOfferAsync(BoundaryWorld world)
        {
            lock (gate)
            {
                return otherOffer ??= world.Workflow.OfferAsync(DemoOrganisations.IspNoClause);
            }
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    public static TheoryData<DataCategory, Reader, ConsentState, bool> Cells()
    {
        var cells = new TheoryData<DataCategory, Reader, ConsentState, bool>();
        foreach (var category in Categories)
        {
            foreach (var reader in Enum.GetValues<Reader>())
            {
                foreach (var consent in Enum.GetValues<ConsentState>())
                {
                    // The Commission's token can never carry a job-seeker scope: only the "without" row exists for it.
                    foreach (var scope in reader == Reader.Commission ? [false] : new[] { true, false })
                    {
                        cells.Add(category, reader, consent, scope);
                    }
                }
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public Task Each_cell_shows_or_refuses_the_category_on_every_path_and_logs_what_was_read(DataCategory category, Reader reader, ConsentState consent, bool withScope) =>
        CellAsync(category, reader, consent, withScope, Table);

    /// <summary>
    /// The matrix is sensitive: the same check, run with one cell of the table deliberately wrong (the reader's right to
    /// the category flipped), fails, whether the wrong cell opens a refused category or refuses an open one, on the
    /// paths of a query and in a referral event.
    /// </summary>
    [Theory]
    [InlineData(DataCategory.Social, Reader.ReferredOperator, ConsentState.None, false)]
    [InlineData(DataCategory.Social, Reader.ReferredOperator, ConsentState.Active, false)]
    [InlineData(DataCategory.Health, Reader.OfficeSocialService, ConsentState.None, false)]
    [InlineData(DataCategory.Identity, Reader.OwnCpas, ConsentState.Withdrawn, false)]
    [InlineData(DataCategory.Health, Reader.OfficeClient, ConsentState.None, true)]
    [InlineData(DataCategory.Social, Reader.ReferredOperator, ConsentState.Expired, true)]
    public async Task A_deliberately_wrong_cell_fails_the_matrix(DataCategory category, Reader reader, ConsentState consent, bool inAnEvent)
    {
        Oracle wrong = (c, r, active) => Table(c, r, active) ^ (c == category && r == reader);
        var check = inAnEvent ? EventCellAsync(category, reader, consent, true, wrong) : CellAsync(category, reader, consent, true, wrong);
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => check);
        Assert.Contains($"{Of[category].Field}: expected", failure.Message);
    }

    /// <summary>Whether the reader may read the category, given whether an active consent names it for that category.</summary>
    public delegate bool Oracle(DataCategory category, Reader reader, bool activeConsentNamesIt);

    private static readonly Oracle Table = MayRead;

    private async Task CellAsync(DataCategory category, Reader reader, ConsentState consent, bool withScope, Oracle mayRead)
    {
        var granted = Ceiling(reader).Where(c => withScope || c != category).ToList();
        var token = await world.TokenAsync(ClientOf(reader), string.Join(' ', granted.Select(c => Of[c].Scope).Append("offers:read").Concat(reader == Reader.Commission ? [] : ["referrals:read"])));
        var counting = await CountsAsync(token, granted);

        var person = await world.PersonAsync(reader == Reader.OwnCpas ? DemoOrganisations.CpasLiege : DemoOrganisations.CpasCharleroi);
        await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Health.IcfSummary, "d240 gérer le stress")));
        long? referral = reader == Reader.ReferredOperator ? await world.Workflow.ReferralAsync(await host.OfferAsync(world), jobSeekerId: person) : null;
        var consentId = consent == ConsentState.None ? (long?)null : await world.ConsentAsync(person, OrganisationOf(reader), consent, category);
        var niss = await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person).Select(j => j.Niss).SingleAsync());

        var response = await world.Client.PostGraphQLAsync(Document(granted, referral is not null), new
        {
            id = WorkflowWorld.Id("JobSeeker", person),
            niss = granted.Contains(DataCategory.Identity) ? niss : null,
            referral = referral is { } r ? WorkflowWorld.Id("Referral", r) : null,
        }, token, operationName: "Cell");
        var body = response.Body!.ToJsonString();

        var readable = Categories.Where(c => granted.Contains(c) && mayRead(c, reader, consent == ConsentState.Active && c == category)).ToHashSet();
        var reached = Reaches(reader, consent == ConsentState.Active);
        var errors = response.Errors.GroupBy(e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.ToString())))
            .ToDictionary(g => g.Key, g => g.Single()!["extensions"]!["code"]!.GetValue<string>());

        var paths = new List<string> { "jobSeeker", "node" };
        if (granted.Contains(DataCategory.Identity) && readable.Contains(DataCategory.Identity))
        {
            paths.Add("byNiss.nodes.0");
        }

        if (referral is not null)
        {
            paths.Add("referral.jobSeeker");
        }

        foreach (var path in paths)
        {
            var node = At(response.Data!, path);
            if (!reached)
            {
                Assert.True(node is null, $"{path}: the person should not exist for {reader}: {body}");
                continue;
            }

            Assert.True(node is not null, $"{path}: the person should be reached by {reader}: {body}");
            foreach (var shown in Categories)
            {
                var expected = !granted.Contains(shown) ? "FORBIDDEN" : readable.Contains(shown) ? null : "CONSENT_REQUIRED";
                var at = path + "." + Of[shown].Field;
                Assert.True(expected == errors.GetValueOrDefault(at), $"{at}: expected {expected ?? "a value"}: {body}");
                Assert.True((expected is null) == (node![Of[shown].Field] is not null), $"{at}: expected {expected ?? "a value"}: {body}");
            }
        }

        Assert.DoesNotContain(errors.Keys, k => !paths.Any(p => k.StartsWith(p + ".", StringComparison.Ordinal)));

        // Lists and counts disclose exactly the same: one more person reached, found by NISS only where IDENTITY
        // is readable, counted by the integration-income filter only where SOCIAL is.
        var after = Counts(response.Data!, granted);
        Assert.True(counting.All + (reached ? 1 : 0) == after.All, $"totalCount: {body}");
        if (granted.Contains(DataCategory.Identity))
        {
            Assert.True((readable.Contains(DataCategory.Identity) ? 1 : 0) == response.Data!["byNiss"]!["totalCount"]!.GetValue<int>(), $"byNiss: {body}");
        }

        if (granted.Contains(DataCategory.Social))
        {
            Assert.True(counting.Income + (readable.Contains(DataCategory.Social) ? 1 : 0) == after.Income, $"income filter: {body}");
        }

        // The access log: one entry per logged category actually read, on the basis the table gives.
        var logged = await world.Workflow.WithDbAsync(db => db.AccessLog.AsNoTracking().Where(e => e.JobSeekerId == person)
            .Select(e => new { e.Category, e.Basis, e.BasisReference }).ToListAsync());
        var expectedLog = readable.Where(Logged.Contains)
            .Select(c => (c, Basis(c, reader), Basis(c, reader) == LegalBasis.Consent ? consentId : null))
            .OrderBy(x => x.c).ToList();
        Assert.Equal(expectedLog, logged.Select(e => (e.Category, e.Basis, e.Basis == LegalBasis.Consent ? e.BasisReference : null)).OrderBy(x => x.Category).ToList());
    }

    /// <summary>
    /// The readers a referral event reaches: the referring Office and the receiving operator (the parties). Every other
    /// reader, even one the person's consent names, receives no event of a referral it is not party to.
    /// </summary>
    private static readonly IReadOnlySet<Reader> Parties = new HashSet<Reader> { Reader.OfficeClient, Reader.OfficeSocialService, Reader.ReferredOperator };

    /// <summary>
    /// The cells of <c>referralUpdated</c>: every cell (category × consent × scope) of every reader but the Commission,
    /// whose token cannot hold referrals:read. A non-party receives nothing whatever its consent or scopes.
    /// </summary>
    public static TheoryData<DataCategory, Reader, ConsentState, bool> EventCells()
    {
        var cells = new TheoryData<DataCategory, Reader, ConsentState, bool>();
        foreach (var category in Categories)
        {
            foreach (var reader in Enum.GetValues<Reader>().Where(r => r != Reader.Commission))
            {
                foreach (var consent in Enum.GetValues<ConsentState>())
                {
                    foreach (var scope in new[] { true, false })
                    {
                        cells.Add(category, reader, consent, scope);
                    }
                }
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(EventCells))]
    public Task Each_cell_holds_in_referral_events_and_logs_what_the_event_read(DataCategory category, Reader reader, ConsentState consent, bool withScope) =>
        EventCellAsync(category, reader, consent, withScope, Table);

    private async Task EventCellAsync(DataCategory category, Reader reader, ConsentState consent, bool withScope, Oracle mayRead)
    {
        var granted = Ceiling(reader).Where(c => withScope || c != category).ToList();
        var token = await world.TokenAsync(ClientOf(reader), string.Join(' ', granted.Select(c => Of[c].Scope).Append("referrals:read")));
        var person = await world.PersonAsync(reader == Reader.OwnCpas ? DemoOrganisations.CpasLiege : DemoOrganisations.CpasCharleroi);
        await world.Workflow.WithDbAsync(db => db.JobSeekers.Where(j => j.Id == person)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Health.IcfSummary, "d240 gérer le stress")));
        var consentId = consent == ConsentState.None ? (long?)null : await world.ConsentAsync(person, OrganisationOf(reader), consent, category);
        var party = Parties.Contains(reader);

        await using var socket = await Subscriptions.GraphQLWebSocketClient.ConnectAndInitAsync(host, "Bearer " + token);
        await socket.SubscribeAsync("cell", $"subscription Cell {{ referralUpdated {{ referral {{ id jobSeeker {{ {Fields} }} }} }} }}");
        // The Office refers the person: to the reader's own offer when the reader is the operator of the cell, else
        // to another operator's offer, so that no reader but the parties is party to the referral.
        var offer = reader == Reader.ReferredOperator ? await host.OfferAsync(world) : await host.OtherOfferAsync(world);
        var referral = await ReferAsync(person, offer);

        if (!party)
        {
            Assert.Null(await Live.LiveSockets.MessageWithinAsync(socket, TimeSpan.FromMilliseconds(500)));
            Assert.Empty(await world.Workflow.WithDbAsync(db => db.AccessLog.AsNoTracking().Where(e => e.JobSeekerId == person).ToListAsync()));
            return;
        }

        JsonNode message;
        do
        {
            message = await socket.ReceiveAsync();
            Assert.True(message["type"]!.GetValue<string>() == "next", message.ToJsonString());
        }
        while (message["payload"]!["data"]!["referralUpdated"]!["referral"]!["id"]!.GetValue<string>() != referral);

        var body = message.ToJsonString();
        var node = message["payload"]!["data"]!["referralUpdated"]!["referral"]!["jobSeeker"]!;
        var errors = (message["payload"]!["errors"]?.AsArray() ?? []).ToDictionary(
            e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.ToString())), e => e!["extensions"]!["code"]!.GetValue<string>());
        var readable = Categories.Where(c => granted.Contains(c) && mayRead(c, reader, consent == ConsentState.Active && c == category)).ToHashSet();
        foreach (var shown in Categories)
        {
            var expected = !granted.Contains(shown) ? "FORBIDDEN" : readable.Contains(shown) ? null : "CONSENT_REQUIRED";
            var at = "referralUpdated.referral.jobSeeker." + Of[shown].Field;
            Assert.True(expected == errors.GetValueOrDefault(at), $"{at}: expected {expected ?? "a value"}: {body}");
            Assert.True((expected is null) == (node[Of[shown].Field] is not null), $"{at}: expected {expected ?? "a value"}: {body}");
        }

        Assert.Equal(Categories.Count(c => !readable.Contains(c)), errors.Count);
        var logged = await world.Workflow.WithDbAsync(db => db.AccessLog.AsNoTracking().Where(e => e.JobSeekerId == person)
            .Select(e => new { e.Category, e.Basis, e.BasisReference }).ToListAsync());
        var expectedLog = readable.Where(Logged.Contains)
            .Select(c => (c, Basis(c, reader), Basis(c, reader) == LegalBasis.Consent ? consentId : null))
            .OrderBy(x => x.c).ToList();
        Assert.Equal(expectedLog, logged.Select(e => (e.Category, e.Basis, e.Basis == LegalBasis.Consent ? e.BasisReference : null)).OrderBy(x => x.Category).ToList());
    }

    /// <summary>The Office's counsellor refers the person through /graphql, reading nothing of her; the referral's id.</summary>
    private async Task<string> ReferAsync(long person, long offer)
    {
        var payload = (await world.Client.PostGraphQLAsync(
            "mutation($j: ID!, $o: ID!) { referJobSeeker(input: { jobSeekerId: $j, offerId: $o, professionalObjective: \"Aide-soignant\" }) { referral { id } errors { code } } }",
            new { j = WorkflowWorld.Id("JobSeeker", person), o = WorkflowWorld.Id("Offer", offer) }, await world.TokenAsync(Tokens.Forem))).EnsureNoErrors().Data!["referJobSeeker"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["referral"]!["id"]!.GetValue<string>();
    }

    /// <summary>domain.md: "Every read of IDENTITY, SOCIAL or HEALTH data is written to the access log".</summary>
    private static readonly IReadOnlySet<DataCategory> Logged = new HashSet<DataCategory> { DataCategory.Identity, DataCategory.Social, DataCategory.Health };

    /// <summary>The "who may read without a consent" column of domain.md, and the consent's possible recipients.</summary>
    private static bool MayRead(DataCategory category, Reader reader, bool activeConsentNamesIt) => ByRule(category, reader)
        || (activeConsentNamesIt && category switch
        {
            DataCategory.Identity or DataCategory.Pathway or DataCategory.Health => reader is Reader.OwnCpas or Reader.OtherCpas or Reader.ReferredOperator or Reader.UnrelatedOperator or Reader.ReconversionUnit,
            _ => reader is not Reader.Commission,
        });

    private static bool ByRule(DataCategory category, Reader reader) => category switch
    {
        DataCategory.Identity or DataCategory.Pathway => reader is Reader.OfficeClient or Reader.OfficeSocialService or Reader.OwnCpas or Reader.ReferredOperator,
        DataCategory.Social => reader is Reader.OwnCpas,
        _ => reader is Reader.OfficeSocialService,
    };

    /// <summary>Reached: some category opens to the reader, by rule or by an active consent it may receive.</summary>
    private static bool Reaches(Reader reader, bool activeConsent) =>
        Categories.Any(c => ByRule(c, reader)) || (activeConsent && reader != Reader.Commission);

    private static LegalBasis Basis(DataCategory category, Reader reader) => !ByRule(category, reader) ? LegalBasis.Consent : reader switch
    {
        Reader.OwnCpas => LegalBasis.OwnCpas,
        Reader.ReferredOperator => LegalBasis.CooperationContract,
        _ => LegalBasis.OfficeMission,
    };

    /// <summary>The job-seeker scopes each kind may hold (domain.md, "The clients"): all of them, but none for the Commission.</summary>
    private static IReadOnlyList<DataCategory> Ceiling(Reader reader) => reader == Reader.Commission ? [] : Categories;

    private static string Document(IReadOnlyList<DataCategory> granted, bool withReferral)
    {
        var byNiss = granted.Contains(DataCategory.Identity);
        var variables = "$id: ID!" + (byNiss ? ", $niss: String!" : "") + (withReferral ? ", $referral: ID!" : "");
        return $$"""
            query Cell({{variables}}) {
              jobSeeker(id: $id) { {{Fields}} }
              node(id: $id) { ... on JobSeeker { {{Fields}} } }
              {{CountFields(granted)}}
              {{(byNiss ? "byNiss: jobSeekers(where: { niss: $niss }) { totalCount nodes { " + Fields + " } }" : "")}}
              {{(withReferral ? "referral(id: $referral) { jobSeeker { " + Fields + " } }" : "")}}
            }
            """;
    }

    private static string CountFields(IReadOnlyList<DataCategory> granted) =>
        "all: jobSeekers(first: 1) { totalCount }"
        + (granted.Contains(DataCategory.Social) ? " income: jobSeekers(first: 1, where: { receivesIntegrationIncome: true }) { totalCount }" : "");

    private async Task<(int All, int Income)> CountsAsync(string token, IReadOnlyList<DataCategory> granted)
    {
        var response = (await world.Client.PostGraphQLAsync($"query {{ {CountFields(granted)} }}", null, token)).EnsureNoErrors();
        return Counts(response.Data!, granted);
    }

    private static (int All, int Income) Counts(JsonNode data, IReadOnlyList<DataCategory> granted) =>
        (data["all"]!["totalCount"]!.GetValue<int>(), granted.Contains(DataCategory.Social) ? data["income"]!["totalCount"]!.GetValue<int>() : 0);

    private static JsonNode? At(JsonNode data, string path) =>
        path.Split('.').Aggregate((JsonNode?)data, (node, step) => node is null ? null : int.TryParse(step, out var i) ? (node is JsonArray a && a.Count > i ? a[i] : null) : node[step]);

    private static string ClientOf(Reader reader) => reader switch
    {
        Reader.OfficeClient => Tokens.Forem,
        Reader.OfficeSocialService => Tokens.ForemSocial,
        Reader.OwnCpas or Reader.OtherCpas => Tokens.CpasLiege,
        Reader.ReferredOperator or Reader.UnrelatedOperator => Tokens.Isp,
        Reader.ReconversionUnit => ReconversionClient,
        _ => Tokens.Commission,
    };

    private static string OrganisationOf(Reader reader) => reader switch
    {
        Reader.OfficeClient or Reader.OfficeSocialService => DemoOrganisations.Office,
        Reader.OwnCpas or Reader.OtherCpas => DemoOrganisations.CpasLiege,
        Reader.ReferredOperator or Reader.UnrelatedOperator => DemoOrganisations.IspWithClause,
        Reader.ReconversionUnit => DemoOrganisations.ReconversionUnit,
        _ => DemoOrganisations.Commission,
    };
}
