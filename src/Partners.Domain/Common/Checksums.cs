namespace Partners.Domain.Common;

/// <summary>The Belgian mod-97 identifiers: the national number (NISS) and the enterprise number (BCE/KBO).</summary>
public static class Checksums
{
    /// <summary>
    /// NISS <c>YYMMDDSSSCC</c>: <c>CC = 97 − (first 9 digits mod 97)</c>; for people born from 2000 on the nine
    /// digits are prefixed with 2 before the modulo.
    /// </summary>
    public static bool IsValidNiss(string? value)
    {
        var digits = DigitsOnly(value);
        if (digits is null || digits.Length != 11)
        {
            return false;
        }

        var body = long.Parse(digits.AsSpan(0, 9), System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits.AsSpan(9, 2), System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (int)(body % 97) == check || 97 - (int)((2_000_000_000L + body) % 97) == check;
    }

    /// <summary>
    /// True when a valid NISS says <paramref name="birthDate"/>: its first six digits (month +20 or +40 in a "bis" number,
    /// month or day 00 when unknown) and the check digits of the century (the "2" prefix exactly from 2000 on).
    /// </summary>
    public static bool NissAgreesWith(string? niss, DateOnly birthDate)
    {
        var digits = DigitsOnly(niss);
        if (digits is null || digits.Length != 11)
        {
            return false;
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var year = int.Parse(digits.AsSpan(0, 2), culture);
        var month = int.Parse(digits.AsSpan(2, 2), culture) % 20;
        var day = int.Parse(digits.AsSpan(4, 2), culture);
        var body = long.Parse(digits.AsSpan(0, 9), culture);
        var check = int.Parse(digits.AsSpan(9, 2), culture);
        var centuryCheck = birthDate.Year >= 2000 ? 97 - (int)((2_000_000_000L + body) % 97) : 97 - (int)(body % 97);
        return year == birthDate.Year % 100 && (month == 0 || month == birthDate.Month) && (day == 0 || day == birthDate.Day) && check == centuryCheck;
    }

    /// <summary>Enterprise number: 10 digits starting with 0 or 1, <c>97 − (first 8 digits mod 97)</c> equals the last two.</summary>
    public static bool IsValidEnterpriseNumber(string? value)
    {
        var digits = DigitsOnly(value);
        if (digits is null || digits.Length != 10 || (digits[0] != '0' && digits[0] != '1'))
        {
            return false;
        }

        var body = long.Parse(digits.AsSpan(0, 8), System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (int)(body % 97) == check;
    }

    /// <summary>The digits of an identifier typed with the usual separators (dots, dashes, spaces), or null.</summary>
    public static string? DigitsOnly(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var buffer = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer.Append(c);
            }
            else if (c is not ('.' or '-' or ' '))
            {
                return null;
            }
        }

        return buffer.ToString();
    }
}
