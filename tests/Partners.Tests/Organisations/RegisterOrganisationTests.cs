using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Tests.Infrastructure;

namespace Partners.Tests.Organisations;

/// <summary>The Office registers the network's members; enterprise numbers are checked by their mod-97 rule.</summary>
public sealed class RegisterOrganisationTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Register = """
        mutation($number: String) {
          registerOrganisation(input: { name: "CISP Nouvel Élan", kind: ISP_OPERATOR, enterpriseNumber: $number, region: HUY }) {
            organisation { name kind enterpriseNumber region } errors { code field message }
          }
        }
        """;

    [Theory]
    [InlineData("0450123452")]
    [InlineData("2450123451")]
    [InlineData("045012345")]
    [InlineData(null)]
    public async Task A_bad_enterprise_number_is_refused_and_nothing_is_registered(string? number)
    {
        var client = factory.CreateClient();
        var response = (await client.PostGraphQLAsync(Register, new { number }, await Tokens.GetAsync(client, Tokens.Forem), language: "en")).EnsureNoErrors();
        var payload = response.Data!["registerOrganisation"]!;
        Assert.Null(payload["organisation"]);
        var error = payload["errors"]!.AsArray().Single()!;
        Assert.Equal((ErrorCodes.InvalidEnterpriseNumber, "input.enterpriseNumber", "Invalid enterprise number (BCE/KBO)."),
            (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>(), error["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_Office_registers_a_member_once_and_others_cannot()
    {
        var client = factory.CreateClient();
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var created = (await client.PostGraphQLAsync(Register, new { number = "0490.123.479" }, forem)).EnsureNoErrors();
        var organisation = created.Data!["registerOrganisation"]!["organisation"];
        Assert.NotNull(organisation);
        Assert.Equal(("ISP_OPERATOR", "HUY"), (organisation!["kind"]!.GetValue<string>(), organisation["region"]!.GetValue<string>()));

        var number = organisation["enterpriseNumber"]!.GetValue<string>();
        var again = (await client.PostGraphQLAsync(Register, new { number }, forem)).EnsureNoErrors();
        Assert.Equal(ErrorCodes.Validation, again.Data!["registerOrganisation"]!["errors"]![0]!["code"]!.GetValue<string>());

        var byOperator = await client.PostGraphQLAsync(Register, new { number = "0450123451" }, await Tokens.GetAsync(client, Tokens.Isp));
        Assert.Equal([ErrorCodes.Forbidden], byOperator.ErrorCodes);
    }

    [Fact]
    public void The_demo_network_enterprise_numbers_pass_their_check()
    {
        Assert.All(DemoOrganisations.All.Where(o => o.EnterpriseNumber is not null), o => Assert.True(Checksums.IsValidEnterpriseNumber(o.EnterpriseNumber), o.Name));
    }
}
