using System.Reflection;
using System.Text.RegularExpressions;
using Partners.Domain.Referrals;

namespace Partners.Tests.Workflow;

/// <summary>The enums and message keys the GraphQL layer will expose keep domain.md's vocabulary.</summary>
public sealed partial class ReferralVocabularyTests
{
    [Fact]
    public void The_refusal_reasons_are_exactly_those_of_the_domain()
    {
        string[] domain =
        [
            "UNREACHABLE", "DID_NOT_ATTEND_INTAKE", "NOT_ELIGIBLE", "PREREQUISITES_NOT_MET", "NO_SEATS", "NOT_INTERESTED",
            "FOUND_EMPLOYMENT", "IN_OTHER_TRAINING", "NOT_MOBILE", "BARRIERS_TO_ADDRESS_FIRST", "DUPLICATE", "OTHER",
        ];

        Assert.Equal(domain, Enum.GetNames<RefusalReason>().Select(n => WordStart().Replace(n, "_$1").ToUpperInvariant()));
    }

    [Fact]
    public void Every_message_key_is_distinct()
    {
        var keys = typeof(ReferralMessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}
