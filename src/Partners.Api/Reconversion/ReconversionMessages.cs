using Partners.Api.Localization;
using Partners.Domain.Reconversion;

namespace Partners.Api.Reconversion;

/// <summary>The messages of the reconversion plan rules; <c>required</c> and <c>invalid_enterprise_number</c> are the platform's own.</summary>
internal sealed class ReconversionMessages : IMessageCatalogue
{
    public IEnumerable<KeyValuePair<string, (string French, string English)>> Entries { get; } = new Dictionary<string, (string, string)>
    {
        [ReconversionMessageKeys.EndBeforeStart] = ("La fin du plan de reconversion ne peut pas précéder son début.", "The reconversion plan cannot end before it starts."),
        [ReconversionMessageKeys.LongerThanTwoYears] = ("Un plan de reconversion dure au plus deux ans (décret du 29 janvier 2004, art. 2 §4) : il doit finir au plus tard le {0:yyyy-MM-dd}.", "A reconversion plan lasts at most two years (decree of 29 January 2004, Art. 2 §4): it must end on {0:yyyy-MM-dd} at the latest."),
        [ReconversionPlanMutations.NotAUnit] = ("Cette organisation n'est pas une cellule de reconversion.", "This organisation is not a reconversion unit."),
    };
}
