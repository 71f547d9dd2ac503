using Partners.Api.Seed;
using Partners.Domain.Boundaries;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Boundaries;

/// <summary>
/// domain.md's table "what each party may see", cell by cell, through /graphql with real tokens. The expectation is
/// written here from the table, independently of AccessPolicy: one wrong cell fails its own case.
/// </summary>
public sealed class VisibilityMatrixTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    public enum Reader
    {
        Office,
        OwnCpas,
        OtherCpas,
        ReferredIspOperator,
        UnrelatedIspOperator,
        Commission,
    }

    private static readonly DataCategory[] Categories = Enum.GetValues<DataCategory>();

    private static readonly Dictionary<DataCategory, (string Scope, string Field)> Of = new()
    {
        [DataCategory.Identity] = ("jobseeker:identity", "identity"),
        [DataCategory.Pathway] = ("jobseeker:pathway", "pathway"),
        [DataCategory.Social] = ("jobseeker:social", "social"),
        [DataCategory.Health] = ("jobseeker:health", "health"),
    };

    public static TheoryData<DataCategory, Reader, bool, bool> Cells()
    {
        var cells = new TheoryData<DataCategory, Reader, bool, bool>();
        foreach (var category in Categories)
        {
            foreach (var reader in Enum.GetValues<Reader>())
            {
                foreach (var consent in new[] { true, false })
                {
                    // A token cannot carry a scope beyond its organisation kind's ceiling: only the "without" row exists then.
                    foreach (var scope in Ceiling(reader).Contains(category) ? new[] { true, false } : [false])
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
    public async Task Each_category_is_shown_or_refused_at_its_path_as_the_table_says(DataCategory category, Reader reader, bool consent, bool withScope)
    {
        var world = new BoundaryWorld(factory);
        var person = await world.PersonAsync(reader == Reader.OwnCpas ? DemoOrganisations.CpasLiege : DemoOrganisations.CpasCharleroi, reader == Reader.ReferredIspOperator);
        if (consent)
        {
            await world.ConsentAsync(person, OrganisationOf(reader), category);
        }

        var granted = Ceiling(reader).Where(c => withScope || c != category).ToList();
        var token = granted.Count == Ceiling(reader).Count
            ? await world.TokenAsync(ClientOf(reader))
            : await world.TokenAsync(ClientOf(reader), string.Join(' ', granted.Select(c => Of[c].Scope).Append("offers:read")));

        var response = await world.ReadAsync(token, person);

        var reached = reader is Reader.Office or Reader.OwnCpas or Reader.ReferredIspOperator || consent;
        if (!reached)
        {
            response.EnsureNoErrors();
            Assert.Null(response.Data!["jobSeeker"]);
            return;
        }

        var errors = BoundaryWorld.ErrorsByPath(response);
        var jobSeeker = response.Data!["jobSeeker"]!;
        Assert.Equal(Partners.Tests.Referrals.WorkflowWorld.Id("JobSeeker", person), jobSeeker["id"]!.GetValue<string>());
        foreach (var shown in Categories)
        {
            var path = "jobSeeker." + Of[shown].Field;
            var expected = !granted.Contains(shown) ? "FORBIDDEN"
                : MayRead(shown, reader, consent && shown == category) ? null
                : "CONSENT_REQUIRED";
            Assert.True(expected == errors.GetValueOrDefault(path), $"{path}: expected {expected ?? "a value"}, got {response.Body!.ToJsonString()}");
            if (expected is null)
            {
                Assert.NotNull(jobSeeker[Of[shown].Field]);
            }
            else
            {
                Assert.Null(jobSeeker[Of[shown].Field]);
            }
        }

        Assert.Equal(Categories.Count(c => !granted.Contains(c) || !MayRead(c, reader, consent && c == category)), errors.Count);
    }

    /// <summary>The "who may read" column of domain.md.</summary>
    private static bool MayRead(DataCategory category, Reader reader, bool consentNamesIt) => consentNamesIt || category switch
    {
        DataCategory.Identity or DataCategory.Pathway => reader is Reader.Office or Reader.ReferredIspOperator,
        DataCategory.Social => reader is Reader.OwnCpas,
        _ => reader is Reader.Office, // forem-demo is an Office machine client: the Office's social service
    };

    /// <summary>The job-seeker scopes each organisation kind may hold (domain.md, "The clients").</summary>
    private static IReadOnlyList<DataCategory> Ceiling(Reader reader) => reader switch
    {
        Reader.Office => Categories,
        Reader.OwnCpas or Reader.OtherCpas => [DataCategory.Identity, DataCategory.Pathway, DataCategory.Social],
        Reader.ReferredIspOperator or Reader.UnrelatedIspOperator => [DataCategory.Identity, DataCategory.Pathway],
        _ => [],
    };

    private static string ClientOf(Reader reader) => reader switch
    {
        Reader.Office => Tokens.Forem,
        Reader.OwnCpas or Reader.OtherCpas => Tokens.CpasLiege,
        Reader.ReferredIspOperator or Reader.UnrelatedIspOperator => Tokens.Isp,
        _ => Tokens.Commission,
    };

    private static string OrganisationOf(Reader reader) => reader switch
    {
        Reader.Office => DemoOrganisations.Office,
        Reader.OwnCpas or Reader.OtherCpas => DemoOrganisations.CpasLiege,
        Reader.ReferredIspOperator or Reader.UnrelatedIspOperator => DemoOrganisations.IspWithClause,
        _ => DemoOrganisations.Commission,
    };
}
