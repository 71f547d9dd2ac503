using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.JobSeekers;
using Partners.Domain.JobSeekers;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Foundation;

/// <summary>
/// A part read by field (identity, pathway) reads the columns its selected fields declare; a selected field of it that
/// declares nothing makes the part's whole declaration read, never a column short; and what a page reads that way is
/// what the person's row holds.
/// </summary>
public sealed class SelectedMembersTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    [Fact]
    public void A_part_read_by_field_reads_the_columns_its_selected_fields_declare()
    {
        var jobSeeker = (IComplexGraphType)factory.Services.GetRequiredService<ISchema>().AllTypes[JobSeekerNode.TypeName]!;

        Assert.Equal(["Id", "Identity.LastName", "Pathway.ProfessionalObjectives"], Of(jobSeeker, "{ identity { lastName } pathway { professionalObjectives } }"));
        Assert.Equal(["Id", "Identity.BirthDate", "Niss", "Pathway.TargetGroupCodes"], Of(jobSeeker, "{ identity { niss } pathway { targetGroups } }"));
    }

    [Fact]
    public void A_field_of_a_part_read_by_field_that_declares_nothing_makes_the_whole_part_read()
    {
        var part = new ObjectGraphType<IdentityView> { Name = "Part" };
        part.Field("declared", v => v.Identity.LastName).Reads("Identity.LastName");
        part.Field("undeclared", v => v.Identity.FirstName);
        var entity = new ObjectGraphType<JobSeeker> { Name = "Entity" };
        entity.Field<ObjectGraphType<IdentityView>>("identity").ReadsByField(nameof(JobSeeker.Niss), nameof(JobSeeker.Identity)).Resolve(c => null);
        entity.Fields.Find("identity")!.ResolvedType = part;
        var schema = new Schema { Query = entity };
        schema.Initialize();

        Assert.Equal(["Id", "Identity.LastName"], Of(entity, "{ identity { declared } }"));
        Assert.Equal(["Id", "Identity", "Identity.LastName", "Niss"], Of(entity, "{ identity { declared undeclared } }"));
    }

    [Fact]
    public async Task An_inbox_reads_each_selected_identity_and_pathway_field_as_the_row_holds_it()
    {
        var world = new WorkflowWorld(factory);
        var person = await world.JobSeekerAsync(Partners.Api.Seed.DemoOrganisations.CpasLiege, "LOW_QUALIFIED");
        await world.ReferralAsync(await world.OfferAsync(), jobSeekerId: person);
        var client = factory.CreateClient();
        const string query = """
            query Inbox { referrals(first: 100) { nodes { jobSeeker { id
              identity { niss firstName lastName birthDate street postalCode municipality email phone }
              pathway { registeredOn accompanimentType referentCounsellorName targetGroups professionalObjectives accompanimentClosedOn } } } } }
            """;

        var response = (await client.PostGraphQLAsync(query, null, await Tokens.GetAsync(client, Tokens.Isp))).EnsureNoErrors();

        var node = response.Data!["referrals"]!["nodes"]!.AsArray().Single(n => n!["jobSeeker"]!["id"]!.GetValue<string>() == WorkflowWorld.Id("JobSeeker", person))!;
        var row = await world.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == person));
        var identity = node["jobSeeker"]!["identity"]!;
        Assert.Equal(
            (row.Niss, row.Identity.FirstName, row.Identity.LastName, row.Identity.BirthDate.ToString("yyyy-MM-dd"), row.Identity.PostalCode, row.Identity.Municipality),
            (identity["niss"]!.GetValue<string>(), identity["firstName"]!.GetValue<string>(), identity["lastName"]!.GetValue<string>(),
                identity["birthDate"]!.GetValue<string>(), identity["postalCode"]!.GetValue<string>(), identity["municipality"]!.GetValue<string>()));
        var pathway = node["jobSeeker"]!["pathway"]!;
        Assert.Equal(row.Pathway.ProfessionalObjectives.Select(o => o.Title), pathway["professionalObjectives"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains("LOW_QUALIFIED", pathway["targetGroups"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    private static IReadOnlySet<string>? Of(IComplexGraphType type, string selection)
    {
        var document = Parser.Parse(selection);
        return SelectedMembers.Of(type, [((GraphQLOperationDefinition)document.Definitions[0]).SelectionSet], document);
    }
}
