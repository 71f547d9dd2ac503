using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api.Localization;
using Partners.Domain.Common;
using Partners.Domain.Referrals;
using Partners.Tests.Infrastructure;
using Partners.Tests.Referrals;

namespace Partners.Tests.Legal;

/// <summary>
/// Messages to people (French by default, English on request): no message shows a placeholder left unfilled or an
/// identifier of the code (a C# state name such as <c>InProgress</c>), whatever the values it is given.
/// </summary>
public sealed partial class MessageCatalogueTests(PartnersApiFactory factory) : IClassFixture<PartnersApiFactory>
{
    /// <summary>Names a message may quote as a client must spell them: GraphQL-over-HTTP parameters, the protocols themselves.</summary>
    private static readonly string[] ApiNames = ["documentId", "persistedQuery", "sha256Hash", "GraphQL", "WebSocket"];

    [Fact]
    public void Every_message_of_the_catalogue_reads_without_placeholder_or_code_identifier_in_french_and_english()
    {
        var messages = factory.Services.GetRequiredService<Messages>();
        var entries = factory.Services.GetServices<IMessageCatalogue>().SelectMany(c => c.Entries).ToList();
        Assert.True(entries.Count > 100, $"Only {entries.Count} messages found.");
        var faults = new List<string>();
        foreach (var (key, (french, english)) in entries)
        {
            var placeholders = Placeholder().Matches(french).Select(m => m.Value).Order().Distinct().ToList();
            if (!placeholders.SequenceEqual(Placeholder().Matches(english).Select(m => m.Value).Order().Distinct()))
            {
                faults.Add($"{key}: French and English take different values");
            }

            // Filled with a state, as a refusal does: the state must read in words, never as the code names it.
            var args = Enumerable.Repeat<object?>(ReferralStatus.InProgress, placeholders.Count).ToArray();
            foreach (var language in new[] { Language.French, Language.English })
            {
                var text = messages.Get(key, language, args);
                if (Placeholder().IsMatch(text) || Identifier().Matches(text).Any(m => !ApiNames.Contains(m.Value)))
                {
                    faults.Add($"{key} ({language}): {text}");
                }
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Theory]
    [InlineData(null, "prestation en cours")]
    [InlineData("en", "service in progress")]
    public async Task A_refused_move_names_the_states_in_words(string? language, string state)
    {
        var world = new WorkflowWorld(factory);
        var http = factory.CreateClient();
        var running = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.InProgress);
        var response = await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, Tokens.Isp),
            "mutation($r: ID!) { acknowledgeReferral(input: { referralId: $r }) { errors { code message } } }",
            new { r = WorkflowWorld.Id(Partners.Api.Referrals.ReferralNode.TypeName, running) }, language: language);
        var error = response.EnsureNoErrors().Data!["acknowledgeReferral"]!["errors"]![0]!;
        Assert.Equal(ErrorCodes.InvalidTransition, error["code"]!.GetValue<string>());
        Assert.Contains(state, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("InProgress", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_report_refused_to_the_office_says_who_reports_events_not_a_state_move()
    {
        var world = new WorkflowWorld(factory);
        var http = factory.CreateClient();
        var running = await world.ReferralAsync(await world.OfferAsync(), ReferralStatus.InProgress);
        var response = await WorkflowWorld.PostAsync(http, await Tokens.GetAsync(http, Tokens.Forem),
            "mutation($r: ID!) { reportServiceEvent(input: { referralId: $r, occurredOn: \"2026-01-05\", kind: ABSENCE, description: \"Absent\" }) { errors { code message } } }",
            new { r = WorkflowWorld.Id(Partners.Api.Referrals.ReferralNode.TypeName, running) });
        var error = response.EnsureNoErrors().Data!["reportServiceEvent"]!["errors"]![0]!;
        var message = error["message"]!.GetValue<string>();
        Assert.Equal(ErrorCodes.Forbidden, error["code"]!.GetValue<string>());
        Assert.DoesNotContain("{", message, StringComparison.Ordinal);
        Assert.DoesNotContain("passage", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("opérateur", message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>camelCase or PascalCase words with an inner capital: how the code, not a person, writes.</summary>
    [GeneratedRegex(@"\b(?:[a-z]+[A-Z]|[A-Z][a-z]+[A-Z])[A-Za-z]*\b")]
    private static partial Regex Identifier();
}
