using Partners.Api.Organisations;
using Partners.Api.Seed;
using Partners.Domain.Common;
using Partners.Domain.Contracts;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Contracts;

/// <summary>The Office keeps the cooperation contracts (art. 11): drafts, then the moves of ContractStateMachine.</summary>
public sealed class ContractMutationTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    private const string Create = """
        mutation($operator: ID!) {
          createCooperationContract(input: { operatorId: $operator, validFrom: "2026-01-01", validUntil: "2027-12-31", adheresToEthicsCharter: true, disputeClause: MEDIATION }) {
            contract { id status disputeClause } errors { code field }
          }
        }
        """;

    private const string Change = """
        mutation($id: ID!, $status: ContractStatus!) {
          changeCooperationContractStatus(input: { contractId: $id, status: $status }) { contract { status } errors { code field } }
        }
        """;

    private readonly WorkflowWorld world = new(factory);

    private async Task<string> OperatorAsync(string name) => WorkflowWorld.Id(OrganisationNode.TypeName, await world.OrganisationIdAsync(name));

    [Fact]
    public async Task The_Office_creates_a_draft_and_moves_it_through_its_life()
    {
        var client = factory.CreateClient();
        var forem = await Tokens.GetAsync(client, Tokens.Forem);
        var created = (await client.PostGraphQLAsync(Create, new { @operator = await OperatorAsync(DemoOrganisations.IspThird) }, forem)).EnsureNoErrors();
        var contract = created.Data!["createCooperationContract"]!["contract"]!;
        Assert.Equal(("DRAFT", "MEDIATION"), (contract["status"]!.GetValue<string>(), contract["disputeClause"]!.GetValue<string>()));
        var id = contract["id"]!.GetValue<string>();

        async Task<string?> MoveAsync(string status)
        {
            var moved = (await client.PostGraphQLAsync(Change, new { id, status }, forem)).EnsureNoErrors().Data!["changeCooperationContractStatus"]!;
            return moved["errors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();
        }

        Assert.Null(await MoveAsync("ACTIVE"));
        Assert.Null(await MoveAsync("SUSPENDED"));
        Assert.Equal(ErrorCodes.InvalidTransition, await MoveAsync("SUSPENDED"));
        Assert.Null(await MoveAsync("ACTIVE"));
        Assert.Null(await MoveAsync("EXPIRED"));
        Assert.Equal(ErrorCodes.InvalidTransition, await MoveAsync("ACTIVE"));
        Assert.Equal(ErrorCodes.InvalidTransition, await MoveAsync("DRAFT"));
    }

    [Fact]
    public async Task Only_the_Office_keeps_contracts_and_only_with_operators()
    {
        var client = factory.CreateClient();
        var byOperator = await client.PostGraphQLAsync(Create, new { @operator = await OperatorAsync(DemoOrganisations.IspWithClause) }, await Tokens.GetAsync(client, Tokens.Isp));
        Assert.Equal([ErrorCodes.Forbidden], byOperator.ErrorCodes);

        var withCommission = (await client.PostGraphQLAsync(Create, new { @operator = await OperatorAsync(DemoOrganisations.Commission) }, await Tokens.GetAsync(client, Tokens.Forem))).EnsureNoErrors();
        var error = withCommission.Data!["createCooperationContract"]!["errors"]![0]!;
        Assert.Equal((ErrorCodes.Validation, "input.operatorId"), (error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
    }

    /// <summary>The table of <see cref="ContractStateMachine"/>'s documentation, written out again.</summary>
    private static readonly HashSet<(ContractStatus From, ContractStatus To)> Allowed =
    [
        (ContractStatus.Draft, ContractStatus.Active), (ContractStatus.Suspended, ContractStatus.Active),
        (ContractStatus.Active, ContractStatus.Suspended),
        (ContractStatus.Draft, ContractStatus.Terminated), (ContractStatus.Active, ContractStatus.Terminated), (ContractStatus.Suspended, ContractStatus.Terminated),
        (ContractStatus.Active, ContractStatus.Expired), (ContractStatus.Suspended, ContractStatus.Expired),
    ];

    [Fact]
    public void Exactly_the_moves_of_the_table_are_allowed_and_a_refusal_changes_nothing()
    {
        foreach (var from in Enum.GetValues<ContractStatus>())
        {
            foreach (var to in Enum.GetValues<ContractStatus>())
            {
                var contract = new CooperationContract { OfficeOrganisationId = 1, OperatorOrganisationId = 2, ValidFrom = default, AdheresToEthicsCharter = true, Status = from };
                var expected = Allowed.Contains((from, to));
                Assert.Equal(expected, ContractStateMachine.Move(contract, to).IsSuccess);
                Assert.Equal(expected ? to : from, contract.Status);
            }
        }
    }
}
