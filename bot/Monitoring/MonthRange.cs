using System.Globalization;

namespace TrierBot.Monitoring;

/// <summary>A range of months from the CLI or the page's filter ("YYYY-MM", both ends optional and inclusive).</summary>
public sealed record MonthRange(string? From, string? To)
{
    /// <summary>Parses both ends; <paramref name="error"/> says what is wrong in words when a month is not "YYYY-MM" or the range is backwards.</summary>
    public static MonthRange? TryParse(string? from, string? to, out string? error)
    {
        error = null;
        if (!TryMonth(from, out var f) || !TryMonth(to, out var t))
        {
            error = $"Monat bitte als JJJJ-MM angeben, z. B. 2026-03 (bekommen: „{(TryMonth(from, out _) ? to : from)}“).";
            return null;
        }

        if (f is not null && t is not null && string.CompareOrdinal(f, t) > 0)
        {
            error = $"Der Anfang ({f}) liegt nach dem Ende ({t}).";
            return null;
        }

        return new MonthRange(f, t);
    }

    private static bool TryMonth(string? text, out string? month)
    {
        month = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTime.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        month = parsed.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return true;
    }
}
