using System.Globalization;
using Partners.Domain.Organisations;

namespace Partners.Api.Seed;

/// <summary>
/// The demo job seekers: invented people with valid NISS (mod 97, the "2" prefix for births from 2000 on), made from
/// fixed lists so every run of the seed makes the same ones.
/// </summary>
public static class DemoJobSeekers
{
    public const int Count = 60;

    private static readonly string[] FirstNames =
        ["Amélie", "Youssef", "Nathalie", "Kevin", "Fatima", "Julien", "Sarah", "Mehdi", "Isabelle", "Thomas", "Aïcha", "Luc", "Émilie", "Dimitri", "Laura"];

    private static readonly string[] LastNames =
        ["Dubois", "Lambert", "El Amrani", "Peeters", "Martin", "Lejeune", "Renard", "Benali", "Collard", "Dupuis", "Gérard", "Simon"];

    private static readonly (Region Region, string Municipality, string PostalCode)[] Places =
    [
        (Region.Liege, "Liège", "4000"), (Region.Charleroi, "Charleroi", "6000"), (Region.Namur, "Namur", "5000"),
        (Region.Mons, "Mons", "7000"), (Region.Verviers, "Verviers", "4800"), (Region.LaLouviere, "La Louvière", "7100"),
    ];

    private static readonly string[][] TargetGroups =
        [[], ["YOUTH_UNDER_25"], ["LONG_TERM_JOB_SEEKERS"], ["INTEGRATION_INCOME"], ["LOW_QUALIFIED", "OVER_50"], ["NEWCOMERS"]];

    private static readonly string[] Objectives =
        ["Aide-soignant", "Commis de cuisine", "Cariste", "Ouvrier en espaces verts", "Employé administratif", "Technicien de surface"];

    public sealed record Person(string Niss, string FirstName, string LastName, DateOnly BirthDate, Region Region, string Municipality,
        string PostalCode, string[] TargetGroups, string Objective, bool FollowedByCpas);

    public static IReadOnlyList<Person> All { get; } = [.. Enumerable.Range(0, Count).Select(Make)];

    private static Person Make(int i)
    {
        var birth = new DateOnly(1968 + i * 37 % 38, 1 + i % 12, 1 + i * 7 % 28);
        var place = Places[i % Places.Length];
        return new Person(
            NissOf(birth, 100 + i * 2), FirstNames[i % FirstNames.Length], LastNames[i * 5 % LastNames.Length], birth, place.Region,
            place.Municipality, place.PostalCode, TargetGroups[i % TargetGroups.Length], Objectives[i % Objectives.Length],
            FollowedByCpas: i % 4 == 0);
    }

    /// <summary>YYMMDD + serial + check digits: 97 − (9 digits mod 97), with "2" in front of the 9 digits from 2000 on.</summary>
    public static string NissOf(DateOnly birth, int serial)
    {
        var nine = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + serial.ToString("D3", CultureInfo.InvariantCulture);
        var number = long.Parse((birth.Year >= 2000 ? "2" : "") + nine, CultureInfo.InvariantCulture);
        return nine + (97 - number % 97).ToString("D2", CultureInfo.InvariantCulture);
    }
}
