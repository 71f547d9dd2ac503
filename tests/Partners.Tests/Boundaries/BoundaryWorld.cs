using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.Organisations;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Boundaries;

/// <summary>The states of a consent a reader may meet.</summary>
public enum ConsentState
{
    None,
    Active,
    Withdrawn,
    Expired,
}

/// <summary>
/// Arrangement for boundary tests: people, referrals and consents written straight to the database; every read goes
/// through /graphql with a real token. Tokens are cached per host, client and requested scopes.
/// </summary>
public sealed class BoundaryWorld(PartnersApiFactory factory)
{
    private static readonly ConcurrentDictionary<(PartnersApiFactory, string, string?), Task<string>> TokenCache = new();

    public const string FullQuery = """
        query Read($id: ID!) {
          jobSeeker(id: $id) {
            id
            identity { niss lastName }
            pathway { professionalObjectives }
            social { followedByCpas receivesIntegrationIncome }
            health { icfSummary }
          }
        }
        """;

    public WorkflowWorld Workflow { get; } = new(factory);

    public HttpClient Client { get; } = factory.CreateClient();

    public Task<string> TokenAsync(string clientId, string? scope = null) =>
        TokenCache.GetOrAdd((factory, clientId, scope), key => Tokens.GetAsync(Client, key.Item2, key.Item3));

    /// <summary>A person whose own CPAS is <paramref name="cpasName"/>, referred to the ISP demo operator when <paramref name="referredToIsp"/>.</summary>
    public async Task<long> PersonAsync(string cpasName = DemoOrganisations.CpasCharleroi, bool referredToIsp = false)
    {
        var id = await Workflow.JobSeekerAsync(cpasName);
        if (referredToIsp)
        {
            await Workflow.ReferralAsync(await Workflow.OfferAsync(), jobSeekerId: id);
        }

        return id;
    }

    /// <summary>An active consent of the person naming <paramref name="recipientName"/> for <paramref name="categories"/>.</summary>
    public Task<long> ConsentAsync(long jobSeekerId, string recipientName, params DataCategory[] categories) =>
        ConsentAsync(jobSeekerId, recipientName, ConsentState.Active, categories);

    /// <summary>
    /// A consent row in <paramref name="state"/>, written straight to the database past today's recording rules (as a
    /// row recorded before them would be), so that the reading rules are tested on their own.
    /// </summary>
    public Task<long> ConsentAsync(long jobSeekerId, string recipientName, ConsentState state, params DataCategory[] categories) =>
        Workflow.WithDbAsync(async db =>
        {
            var recipient = await db.Organisations.Where(o => o.Name == recipientName).Select(o => o.Id).SingleAsync();
            var office = await db.Organisations.Where(o => o.Kind == OrganisationKind.Office).Select(o => o.Id).SingleAsync();
            var consent = Consent.Grant(jobSeekerId, recipient, categories, "Accompagnement", "Formulaire 42", null,
                new NetworkActor(office, OrganisationKind.Office, Tokens.Forem), DateTime.UtcNow,
                Enum.GetValues<DataCategory>().ToHashSet(), OrganisationKind.IspOperator, new HashSet<DataCategory>()).Value!;
            if (state == ConsentState.Withdrawn)
            {
                consent.Withdraw(DateTime.UtcNow);
            }

            db.Consents.Add(consent);
            if (state == ConsentState.Expired)
            {
                db.Entry(consent).Property(c => c.ExpiresOn).CurrentValue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            }

            await db.SaveChangesAsync();
            return consent.Id;
        });

    public async Task<GraphQLResponse> ReadAsync(string token, long jobSeekerId, string query = FullQuery, string? operationName = null) =>
        await Client.PostGraphQLAsync(query, new { id = WorkflowWorld.Id("JobSeeker", jobSeekerId) }, token, operationName: operationName);

    /// <summary>The error codes by path, e.g. "jobSeeker.social" → "CONSENT_REQUIRED".</summary>
    public static Dictionary<string, string?> ErrorsByPath(GraphQLResponse response) =>
        response.Errors.ToDictionary(
            e => string.Join('.', e!["path"]?.AsArray().Select(p => p!.ToString()) ?? []),
            e => e!["extensions"]?["code"]?.GetValue<string>());
}
