using System.Globalization;
using TextClean.Internal;

namespace TextClean;

/// <summary>
/// A date with an optional time of day, as an article states it ("October 6, 2023 7:27 PM" or
/// "2023-09-12"). <see cref="ToString"/> gives ISO 8601 at the precision that was stated:
/// <c>2023-10-06T19:27</c> or <c>2023-09-12</c>.
/// </summary>
public readonly record struct ArticleDate(DateOnly Date, TimeOnly? Time = null)
{
    /// <summary>The moment, for resolving relative dates; midnight when no time was stated.</summary>
    public DateTime ToDateTime() => Date.ToDateTime(Time ?? TimeOnly.MinValue);

    /// <summary>The date of <paramref name="value"/>, with its time of day when <paramref name="hasTime"/>.</summary>
    public static ArticleDate FromDateTime(DateTime value, bool hasTime) =>
        new(DateOnly.FromDateTime(value), hasTime ? TimeOnly.FromDateTime(value) : null);

    /// <summary>Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM-DDTHH:MM</c> or <c>YYYY-MM-DDTHH:MM:SS</c> (a space for the
    /// <c>T</c> too), the last with a fraction of a second and either with a time zone (<c>Z</c>,
    /// <c>+HH:MM</c>, <c>+HHMM</c>, <c>+HH</c>, after a space too), as ISO 8601 timestamps come from
    /// <c>date -Iseconds</c>, Python's isoformat, JavaScript's toISOString and git's <c>--date=iso</c>. The
    /// zone and the fraction are dropped, not applied: "today" in an article is the writer's day, the date as
    /// written (a document's creation time, as TimeML reads it). Culture-free; false for anything else.</summary>
    public static bool TryParse(string? value, out ArticleDate date)
    {
        date = default;
        if (value is null)
        {
            return false;
        }

        if (IsoDateTime.TryParseDate(value, out var day))
        {
            date = new ArticleDate(day);
            return true;
        }

        if (IsoDateTime.TryParseDateTime(WithoutZoneOrFraction(value), spaceForT: true, out var moment))
        {
            date = FromDateTime(moment, hasTime: true);
            return true;
        }

        return false;
    }

    /// <summary>A timestamp without its time zone and fraction of a second; as it is when it has neither.</summary>
    private static string WithoutZoneOrFraction(string value)
    {
        const int MinutesEnd = 16; // YYYY-MM-DDTHH:MM
        const int SecondsEnd = 19; // YYYY-MM-DDTHH:MM:SS
        if (value.Length <= MinutesEnd || value[10] is not ('T' or ' '))
        {
            return value;
        }

        var kept = value.AsSpan();
        if (kept[^1] is 'Z' or 'z')
        {
            kept = kept[..^1];
        }
        else if (kept[MinutesEnd..].LastIndexOfAny('+', '-') is var sign and >= 0 && IsZoneOffset(kept[(MinutesEnd + sign + 1)..]))
        {
            kept = kept[..(MinutesEnd + sign)];
            if (kept[^1] == ' ')
            {
                kept = kept[..^1]; // git's --date=iso: "2023-10-06 23:30:00 +0530"
            }
        }

        if (kept.Length > SecondsEnd + 1 && kept[SecondsEnd] is '.' or ',' && !kept[(SecondsEnd + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            kept = kept[..SecondsEnd];
        }

        return kept.Length == value.Length ? value : kept.ToString();
    }

    /// <summary>HH, HHMM or HH:MM, at most 23:59.</summary>
    private static bool IsZoneOffset(ReadOnlySpan<char> offset) => offset.Length switch
    {
        2 => IsTwoDigits(offset, 23),
        4 => IsTwoDigits(offset[..2], 23) && IsTwoDigits(offset[2..], 59),
        5 => offset[2] == ':' && IsTwoDigits(offset[..2], 23) && IsTwoDigits(offset[3..], 59),
        _ => false,
    };

    private static bool IsTwoDigits(ReadOnlySpan<char> digits, int max) =>
        char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[1]) && ((digits[0] - '0') * 10) + (digits[1] - '0') <= max;

    /// <summary>ISO 8601 at the precision stated: <c>2023-09-12</c>, <c>2023-10-06T19:27</c>, or with seconds
    /// when they are not zero.</summary>
    public override string ToString() =>
        Time is { } time
            ? Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" +
              time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture)
            : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
