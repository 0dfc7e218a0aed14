namespace TextClean.Blocks;

/// <summary>
/// Finds the publication date in a byline or dateline: "October 6, 2023 7:27 PM", "Oct. 6, 2023",
/// "6 October 2023, 19:27", "2023-09-12", "2023-09-12T19:27", and numeric dates whose order is not in doubt
/// ("27/09/2018", "11/19/2019", "18.11.2019"; not "09/10/2018"). A small hand-written scanner: the full
/// temporal-expression grammar belongs to the dates stage; this one only reads how sites print the
/// date an article went out.
/// </summary>
internal static class DateText
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The first date in <paramref name="text"/>, with the time that follows it when there is one.
    /// <paramref name="start"/> and <paramref name="end"/> bound what was read.</summary>
    public static bool TryFind(ReadOnlySpan<char> text, out ArticleDate date, out int start, out int end)
    {
        // Every date this reads has a four-digit year: most lines near a byline (menus, names) have none,
        // and a vectorized scan says so before any month name is compared.
        var i = HasFourDigits(text) ? 0 : text.Length;
        for (; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            if (TryReadDate(text, i, out var day, out var afterDate))
            {
                start = i;
                end = afterDate;
                TimeOnly? time = null;
                if (TryReadTime(text, afterDate, out var clock, out var afterTime))
                {
                    time = clock;
                    end = afterTime;
                }

                date = new ArticleDate(day, time);
                return true;
            }

            // The time first, as CNN prints it: "7:27 PM EDT, Tue September 12, 2023".
            if (char.IsAsciiDigit(text[i]) && TryReadTime(text, i, out var leading, out var afterLeading)
                && TryReadDate(text, SkipZoneAndWeekday(text, afterLeading), out var dayAfter, out var afterDay))
            {
                start = i;
                end = afterDay;
                date = new ArticleDate(dayAfter, leading);
                return true;
            }
        }

        date = default;
        start = end = 0;
        return false;
    }

    private static bool HasFourDigits(ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = text.IndexOfAnyInRange('0', '9'); i >= 0 && i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                if (++run == 4)
                {
                    return true;
                }

                continue;
            }

            run = 0;
            var next = text[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return false;
            }

            i += next - 1;
        }

        return false;
    }

    /// <summary>A day without a year at the start of <paramref name="line"/>, as a schedule's rows begin: "June 9",
    /// "Sept. 27", "9 June", "June 9th", after a weekday or not ("Sat., June 9", "Friday, 9 June").
    /// <paramref name="end"/> is past the day.</summary>
    public static bool TryReadLeadingDay(ReadOnlySpan<char> line, out int month, out int dayOfMonth, out int end)
    {
        var p = SkipWeekday(line, 0);
        if (TryReadMonth(line, p, out month, out var q) && ReadNumber(line, SkipSpaces(line, q), 1, 2, out dayOfMonth, out q))
        {
            end = SkipOrdinal(line, q);
        }
        else if (ReadNumber(line, p, 1, 2, out dayOfMonth, out q) && TryReadMonth(line, SkipSpaces(line, SkipOrdinal(line, q)), out month, out q))
        {
            end = q;
        }
        else
        {
            (month, dayOfMonth, end) = (0, 0, 0);
            return false;
        }

        return dayOfMonth is >= 1 and <= 31 && (end == line.Length || !char.IsLetterOrDigit(line[end]));
    }

    private static bool TryReadDate(ReadOnlySpan<char> s, int i, out DateOnly day, out int end)
    {
        day = default;
        end = i;
        if (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            // 2023-09-12
            if (ReadNumber(s, i, 4, 4, out var year, out var p) && Is(s, p, '-') && ReadNumber(s, p + 1, 2, 2, out var month, out p)
                && Is(s, p, '-') && ReadNumber(s, p + 1, 2, 2, out var dayOfMonth, out p) && !IsDigitAt(s, p))
            {
                end = p;
                return TryMake(year, month, dayOfMonth, out day);
            }

            // 27/09/2018, 11/19/2019, 18.11.2019: the order told by a number over 12, or by the dots (day first)
            if (ReadNumber(s, i, 1, 2, out var first, out p) && p < s.Length && s[p] is '/' or '.' && s[p] is var separator
                && ReadNumber(s, p + 1, 1, 2, out var second, out p) && Is(s, p, separator)
                && ReadNumber(s, p + 1, 4, 4, out year, out p) && !IsDigitAt(s, p))
            {
                end = p;
                var dayFirst = first > 12 || separator == '.';
                var monthFirst = second > 12 && separator == '/';
                return (dayFirst || monthFirst || first == second)
                    && TryMake(year, dayFirst ? second : first, dayFirst ? first : second, out day);
            }

            // 6 October 2023, 6th Oct. 2023
            if (ReadNumber(s, i, 1, 2, out dayOfMonth, out p))
            {
                p = SkipOrdinal(s, p);
                p = SkipSpaces(s, p);
                if (TryReadMonth(s, p, out month, out p))
                {
                    p = SkipSeparators(s, p);
                    if (ReadNumber(s, p, 4, 4, out year, out p) && !IsDigitAt(s, p))
                    {
                        end = p;
                        return TryMake(year, month, dayOfMonth, out day);
                    }
                }
            }

            return false;
        }

        // October 6, 2023 / Oct. 6 2023 / Sept. 15, 2023
        if (TryReadMonth(s, i, out var m, out var q))
        {
            q = SkipSpaces(s, q);
            if (ReadNumber(s, q, 1, 2, out var d, out q))
            {
                q = SkipOrdinal(s, q);
                q = SkipSeparators(s, q);
                if (ReadYear(s, q, out var y, out q))
                {
                    end = q;
                    return TryMake(y, m, d, out day);
                }
            }
        }

        return false;
    }

    /// <summary>"7:27 PM", "19:27", "at 10:31 pm", "T19:27", ", 7:27 a.m." right after a date.</summary>
    private static bool TryReadTime(ReadOnlySpan<char> s, int i, out TimeOnly time, out int end)
    {
        time = default;
        end = i;
        var p = i;
        if (Is(s, p, 'T'))
        {
            p++;
        }
        else
        {
            p = SkipSeparators(s, p);
            if (Is(s, p, '/'))
            {
                p = SkipSeparators(s, p + 1); // "September 12, 2023 / 10:02 AM"
            }

            if (p + 2 < s.Length && s.Slice(p, 2).Equals("at", StringComparison.OrdinalIgnoreCase) && s[p + 2] == ' ')
            {
                p = SkipSpaces(s, p + 2);
            }
        }

        // "19:12", or British "19.12" when a zone or am/pm follows ("19.12 BST", "7.12pm"): a dotted pair alone is a number
        if (!ReadNumber(s, p, 1, 2, out var hour, out p) || !(Is(s, p, ':') || Is(s, p, '.')))
        {
            return false;
        }

        var dotted = s[p] == '.';
        if (!ReadNumber(s, p + 1, 2, 2, out var minute, out p) || (dotted && IsDigitAt(s, p)))
        {
            return false;
        }

        var second = 0;
        if (Is(s, p, ':') && ReadNumber(s, p + 1, 2, 2, out var sec, out var afterSeconds))
        {
            second = sec;
            p = afterSeconds;
        }

        var q = SkipSpaces(s, p);
        if (TryReadMeridiem(s, q, out var pm, out var afterMeridiem))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
            p = afterMeridiem;
        }
        else if (dotted && !IsZoneAt(s, q))
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        end = p;
        return true;
    }

    private static bool TryReadMeridiem(ReadOnlySpan<char> s, int i, out bool pm, out int end)
    {
        pm = false;
        end = i;
        if (i >= s.Length || (char.ToLowerInvariant(s[i]) is not ('a' or 'p')))
        {
            return false;
        }

        pm = char.ToLowerInvariant(s[i]) == 'p';
        var p = i + 1;
        if (Is(s, p, '.'))
        {
            p++;
        }

        if (p >= s.Length || char.ToLowerInvariant(s[p]) != 'm')
        {
            return false;
        }

        p++;
        if (Is(s, p, '.'))
        {
            p++;
        }

        if (p < s.Length && char.IsLetter(s[p]))
        {
            return false;
        }

        end = p;
        return true;
    }

    private static bool TryReadMonth(ReadOnlySpan<char> s, int i, out int month, out int end)
    {
        month = 0;
        end = i;
        var p = i;
        while (p < s.Length && char.IsAsciiLetter(s[p]))
        {
            p++;
        }

        var word = s[i..p];
        if (word.Length < 3)
        {
            return false;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m].AsSpan();
            // The full name, or a prefix of three or four letters ("Oct", "Sept").
            if (WordList.FirstMayMatch(word, name) && (word.Equals(name, StringComparison.OrdinalIgnoreCase) ||
                (word.Length <= 4 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))))
            {
                month = m + 1;
                end = Is(s, p, '.') ? p + 1 : p;
                return true;
            }
        }

        return false;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, int i, int minDigits, int maxDigits, out int value, out int end)
    {
        value = 0;
        var p = i;
        while (p < s.Length && p - i < maxDigits && char.IsAsciiDigit(s[p]))
        {
            value = (value * 10) + (s[p] - '0');
            p++;
        }

        end = p;
        return p - i >= minDigits && !(p - i == maxDigits && IsDigitAt(s, p));
    }

    private static int SkipOrdinal(ReadOnlySpan<char> s, int p)
    {
        if (p + 1 < s.Length && (s.Slice(p, 2).Equals("st", StringComparison.OrdinalIgnoreCase) || s.Slice(p, 2).Equals("nd", StringComparison.OrdinalIgnoreCase)
            || s.Slice(p, 2).Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Slice(p, 2).Equals("th", StringComparison.OrdinalIgnoreCase))
            && (p + 2 >= s.Length || !char.IsLetter(s[p + 2])))
        {
            return p + 2;
        }

        return p;
    }

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>A time zone's capitals at <paramref name="p"/>: "BST", "GMT", "EDT" (two to five, and no letter after).</summary>
    private static bool IsZoneAt(ReadOnlySpan<char> s, int p)
    {
        var zone = p;
        while (zone < s.Length && char.IsAsciiLetterUpper(s[zone]))
        {
            zone++;
        }

        return zone - p is >= 2 and <= 5 && (zone == s.Length || !char.IsLetter(s[zone]));
    }

    /// <summary>Past what sits between a leading time and its date: a zone ("EDT", "GMT"), separators and
    /// a weekday, whole or cut short ("Tue", "Tues.").</summary>
    private static int SkipZoneAndWeekday(ReadOnlySpan<char> s, int p)
    {
        p = SkipSeparators(s, p);
        var zone = p;
        while (zone < s.Length && char.IsAsciiLetterUpper(s[zone]))
        {
            zone++;
        }

        if (zone - p is >= 2 and <= 5 && (zone == s.Length || !char.IsLetter(s[zone])))
        {
            p = SkipSeparators(s, zone);
        }

        return SkipWeekday(s, p);
    }

    /// <summary>Past a weekday at <paramref name="p"/>, whole or cut short ("Tue", "Tues."), and the separators after it.</summary>
    private static int SkipWeekday(ReadOnlySpan<char> s, int p)
    {
        var word = p;
        while (word < s.Length && char.IsAsciiLetter(s[word]))
        {
            word++;
        }

        if (word - p >= 3)
        {
            Span<char> lower = stackalloc char[9];
            var length = s[p..Math.Min(word, p + 9)].ToLowerInvariant(lower);
            foreach (var name in WeekdayNames)
            {
                if (word - p <= name.Length && name.AsSpan().StartsWith(lower[..length], StringComparison.Ordinal))
                {
                    p = word < s.Length && s[word] == '.' ? word + 1 : word;
                    return SkipSeparators(s, p);
                }
            }
        }

        return p;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        return p;
    }

    private static int SkipSeparators(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && s[p] is ' ' or ',' or '-' or '|' or '•' or '·' or '–' or '—')
        {
            p++;
        }

        return p;
    }

    private static bool Is(ReadOnlySpan<char> s, int p, char c) => p < s.Length && s[p] == c;

    private static bool IsDigitAt(ReadOnlySpan<char> s, int p) => p < s.Length && char.IsAsciiDigit(s[p]);

    /// <summary>Four digits of a year and no fifth, or a time the scraper glued to it ("Nov 19 20197:05 AM": a page's
    /// date and time in elements of their own); <paramref name="end"/> is past the year.</summary>
    private static bool ReadYear(ReadOnlySpan<char> s, int i, out int year, out int end)
    {
        if (ReadNumber(s, i, 4, 4, out year, out end))
        {
            return true;
        }

        var glued = i + 4 < s.Length && !s.Slice(i, 4).ContainsAnyExceptInRange('0', '9')
            && (Is(s, i + 5, ':') || (IsDigitAt(s, i + 5) && Is(s, i + 6, ':')));
        end = i + 4;
        year = glued ? int.Parse(s.Slice(i, 4), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return glued;
    }

    private static bool TryMake(int year, int month, int dayOfMonth, out DateOnly day)
    {
        day = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }
}
