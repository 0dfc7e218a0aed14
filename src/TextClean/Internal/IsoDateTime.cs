namespace TextClean.Internal;

/// <summary>
/// Reads the fixed-width ISO 8601 forms TextClean writes and accepts: <c>YYYY-MM-DD</c> and
/// <c>YYYY-MM-DDTHH:MM[:SS]</c>. Written out by hand because <c>DateTime.TryParseExact</c>, even with the
/// invariant culture, matches a format's literals through the culture's collator: the first call builds an
/// ICU collator (about 50 million instructions, more than the dates command spends on a megabyte of news)
/// and every call after it crosses into ICU. ASCII digits only, no surrounding white space.
/// </summary>
internal static class IsoDateTime
{
    private const int DateLength = 10;    // YYYY-MM-DD
    private const int MinutesLength = 16; // YYYY-MM-DDTHH:MM
    private const int SecondsLength = 19; // YYYY-MM-DDTHH:MM:SS

    /// <summary>A whole <c>YYYY-MM-DD</c> naming a day of the Gregorian calendar (years 1 to 9999).</summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, out DateOnly day)
    {
        day = default;
        if (s.Length != DateLength || s[4] != '-' || s[7] != '-' ||
            !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var dayOfMonth) ||
            year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    /// <summary>
    /// A whole <c>YYYY-MM-DDTHH:MM</c> or <c>YYYY-MM-DDTHH:MM:SS</c> (hours 00 to 23); with
    /// <paramref name="spaceForT"/>, a space may stand for the T, as in SQL's and git's timestamps.
    /// </summary>
    public static bool TryParseDateTime(ReadOnlySpan<char> s, bool spaceForT, out DateTime moment)
    {
        moment = default;
        if (s.Length is not (MinutesLength or SecondsLength) || !TryParseDate(s[..DateLength], out var day) ||
            !(s[DateLength] == 'T' || (spaceForT && s[DateLength] == ' ')) || s[13] != ':' ||
            !TryDigits(s.Slice(11, 2), out var hour) || hour > 23 || !TryDigits(s.Slice(14, 2), out var minute) || minute > 59)
        {
            return false;
        }

        var second = 0;
        if (s.Length == SecondsLength && (s[16] != ':' || !TryDigits(s.Slice(17, 2), out second) || second > 59))
        {
            return false;
        }

        moment = day.ToDateTime(new TimeOnly(hour, minute, second));
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
