using Partners.Api.Localization;

namespace Partners.Api.Commission;

internal sealed class CommissionMessages : IMessageCatalogue
{
    /// <summary>VALIDATION: the dashboard's period ends before it starts.</summary>
    public const string PeriodReversed = "commission.period_reversed";

    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [PeriodReversed] = ("La période se termine (« to ») avant de commencer (« from »).", "The period ends ('to') before it starts ('from')."),
    };
}
