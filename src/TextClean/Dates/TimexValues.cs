using System.Globalization;
using TextClean.Internal;

namespace TextClean.Dates;

/// <summary>Writes and reads TIMEX3 values (TimeML 1.2.1 / ISO-TimeML). Invariant and Gregorian.</summary>
internal static class TimexValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Values are written with string.Create: one allocation each, no format strings parsed per call.
    public static string Year(int year) =>
        year is >= 0 and <= 9999 ? string.Create(4, year, static (span, y) => Digits(span, y)) : year.ToString("D4", Invariant);

    public static string Month(int year, int month) =>
        year is >= 0 and <= 9999 && month is >= 0 and <= 99
            ? string.Create(7, (year, month), static (span, v) =>
            {
                Digits(span[..4], v.year);
                span[4] = '-';
                Digits(span[5..], v.month);
            })
            : Year(year) + "-" + month.ToString("D2", Invariant);

    public static string Day(DateOnly day) => Day(day.Year, day.Month, day.Day);

    public static string Day(int year, int month, int day) =>
        year is >= 0 and <= 9999 && month is >= 0 and <= 99 && day is >= 0 and <= 99
            ? string.Create(10, (year, month, day), static (span, v) =>
            {
                Digits(span[..4], v.year);
                span[4] = '-';
                Digits(span[5..7], v.month);
                span[7] = '-';
                Digits(span[8..], v.day);
            })
            : Month(year, month) + "-" + day.ToString("D2", Invariant);

    /// <summary>Writes <paramref name="value"/> with leading zeros to fill <paramref name="span"/>.</summary>
    private static void Digits(Span<char> span, int value)
    {
        for (var k = span.Length - 1; k >= 0; k--)
        {
            span[k] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>The ISO 8601 week containing <paramref name="day"/>: <c>2023-W37</c>.</summary>
    public static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(date)) + "-W" + ISOWeek.GetWeekOfYear(date).ToString("D2", Invariant);
    }

    public static string Quarter(int year, int quarter) => Year(year) + "-Q" + quarter.ToString(Invariant);

    public static string Half(int year, int half) => Year(year) + "-H" + half.ToString(Invariant);

    public static string Clock(int hour, int minute) =>
        "T" + hour.ToString("D2", Invariant) + ":" + minute.ToString("D2", Invariant);

    public static string Number(int n) => n.ToString(Invariant);

    /// <summary>A decade as TIMEX3 writes it, three digits: 199 (the 1990s), 001 (the 10s of the first century).</summary>
    public static string Decade(int decade) => decade.ToString("D3", Invariant);

    /// <summary>A century as TIMEX3 writes it, two digits: 19 (the 1900s), 00 (the first century).</summary>
    public static string Century(int century) => century.ToString("D2", Invariant);

    /// <summary>Days covered by a DATE value (or the date part of a TIME value) with a known year.</summary>
    public static bool TryGetRange(string value, out DateOnly start, out DateOnly endExclusive)
    {
        start = endExclusive = default;
        var s = value.AsSpan();
        var t = s.IndexOf('T');
        if (t >= 0)
        {
            s = s[..t];
        }

        if (s.Length is 2 or 3 && AllDigits(s))
        {
            // Century "19" (the 1900s) or decade "199" (the 1990s).
            var span = s.Length == 2 ? 100 : 10;
            var first = Parse(s) * span;
            return TryYears(first, span, out start, out endExclusive);
        }

        if (s.Length < 4 || !AllDigits(s[..4]))
        {
            return false;
        }

        var year = Parse(s[..4]);
        if (year < 1)
        {
            return false;
        }

        if (s.Length == 4)
        {
            return TryYears(year, 1, out start, out endExclusive);
        }

        if (s[4] != '-' || s.Length < 7)
        {
            return false;
        }

        var rest = s[5..];
        if (rest.Length == 2 && AllDigits(rest))
        {
            var month = Parse(rest);
            if (month is < 1 or > 12 || (year == 9999 && month == 12))
            {
                return false;
            }

            start = new DateOnly(year, month, 1);
            endExclusive = start.AddMonths(1);
            return true;
        }

        if (rest.Length == 5 && AllDigits(rest[..2]) && rest[2] == '-' && AllDigits(rest[3..]))
        {
            var ok = TryParseDay(s, out start);
            endExclusive = ok && start < DateOnly.MaxValue ? start.AddDays(1) : default;
            return ok && start < DateOnly.MaxValue;
        }

        if (rest.Length == 2 && rest[0] is 'Q' or 'H' && rest[1] is >= '1' and <= '4')
        {
            var months = rest[0] == 'Q' ? 3 : 6;
            var index = rest[1] - '1';
            if (index * months >= 12 || (year == 9999 && (index + 1) * months == 12))
            {
                return false;
            }

            start = new DateOnly(year, 1 + (index * months), 1);
            endExclusive = start.AddMonths(months);
            return true;
        }

        if (rest.Length == 3 && rest[0] == 'W' && AllDigits(rest[1..]))
        {
            var week = Parse(rest[1..]);
            // 9999 has 52 ISO weeks (its first Thursday is January 7); the last ends past DateOnly.MaxValue.
            if (week < 1 || week > ISOWeek.GetWeeksInYear(Math.Min(year, 9998)) || (year == 9999 && week > 51))
            {
                return false;
            }

            start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            endExclusive = start.AddDays(7);
            return true;
        }

        if (rest.Length == 2 && year is > 1 and < 9998)
        {
            // Seasons, meteorological: winter runs December to February and belongs to the year it starts in.
            (int Month, int Year)? first = rest switch
            {
                "SP" => (3, year),
                "SU" => (6, year),
                "FA" => (9, year),
                "WI" => (12, year),
                _ => null,
            };
            if (first is { } f)
            {
                start = new DateOnly(f.Year, f.Month, 1);
                endExclusive = start.AddMonths(3);
                return true;
            }
        }

        return false;
    }

    public static bool TryGetDateTime(string value, out DateTime moment)
    {
        moment = default;
        return IsoDateTime.TryParseDateTime(value, spaceForT: false, out moment);
    }

    private static bool TryYears(int first, int count, out DateOnly start, out DateOnly endExclusive)
    {
        start = endExclusive = default;
        if (first < 1 || first + count > 9999)
        {
            return false;
        }

        start = new DateOnly(first, 1, 1);
        endExclusive = new DateOnly(first + count, 1, 1);
        return true;
    }

    /// <summary>A value naming one day, YYYY-MM-DD, as a date; false for anything else (a null string is empty).</summary>
    internal static bool TryParseDay(ReadOnlySpan<char> value, out DateOnly day) =>
        IsoDateTime.TryParseDate(value, out day);

    /// <summary>A value naming one month, YYYY-MM, as its year and month; false for anything else.</summary>
    internal static bool TryParseMonth(ReadOnlySpan<char> value, out int year, out int month)
    {
        (year, month) = (0, 0);
        if (value.Length != 7 || value[4] != '-' || !AllDigits(value[..4]) || !AllDigits(value[5..]))
        {
            return false;
        }

        (year, month) = (Parse(value[..4]), Parse(value[5..]));
        return month is >= 1 and <= 12;
    }

    private static bool AllDigits(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExceptInRange('0', '9');

    private static int Parse(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, Invariant);
}
