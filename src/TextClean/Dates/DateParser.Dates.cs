namespace TextClean.Dates;

/// <summary>Calendar dates and periods: numeric dates, month names, weekdays, years, quarters, seasons.</summary>
internal sealed partial class DateParser
{
    /// <summary>An ISO 8601 week, "2023-W37" (DATE 2023-W37), or week date, "2023-W37-2" (DATE 2023-09-12).</summary>
    private Match IsoWeekDate(int i)
    {
        if (!IsNumber(i) || _tokens[i].Length != 4 || !IsHyphen(i + 1) || !Attached(i + 1) || !IsWord(i + 2) || !Attached(i + 2) ||
            _tokens[i + 2].Length != 1 || (_text.Span[_tokens[i + 2].Start] | 0x20) != 'w' || !TwoDigits(i + 3, 53) ||
            !TryYearNumber(i, out var year))
        {
            return Match.None;
        }

        var week = _tokens[i + 3].Number;
        if (week < 1 || week > System.Globalization.ISOWeek.GetWeeksInYear(year))
        {
            return Match.None;
        }

        var end = i + 4;
        var weekday = 0;
        if (IsHyphen(end) && Attached(end) && IsNumber(end + 1) && Attached(end + 1) && _tokens[end + 1].Length == 1)
        {
            weekday = _tokens[end + 1].Number;
            if (weekday is < 1 or > 7)
            {
                return Match.None;
            }

            end += 2;
        }

        if (Attached(end) && (IsWord(end) || IsNumber(end) || IsHyphen(end) || (IsSymbol(end, '.') && IsNumber(end + 1) && Attached(end + 1))))
        {
            return Match.None; // more stuck to it than a week date has: a part or version number ("2023-W37-2.1")
        }

        if (weekday == 0)
        {
            return new Match(end, TimexType.Date, TimexValues.Year(year) + "-W" + TimexValues.Number(week).PadLeft(2, '0'));
        }

        var day = System.Globalization.ISOWeek.ToDateTime(year, week, weekday == 7 ? DayOfWeek.Sunday : (DayOfWeek)weekday);
        return new Match(end, TimexType.Date, TimexValues.Day(DateOnly.FromDateTime(day)));
    }

    /// <summary>2023-09-12, 2023/09/12, 12/09/2023, 12.09.2023, 9/12/23.</summary>
    private Match NumericDate(int i)
    {
        if (!IsNumber(i) || !InRange(i + 4) || _tokens[i + 1].Kind != TokenKind.Symbol || !Attached(i + 1) ||
            !IsNumber(i + 2) || !Attached(i + 2) || !IsSymbol(i + 3, _tokens[i + 1].Symbol) || !Attached(i + 3) ||
            !IsNumber(i + 4) || !Attached(i + 4))
        {
            return Match.None;
        }

        var separator = _tokens[i + 1].Symbol;
        if (separator is not ('-' or '/' or '.'))
        {
            return Match.None;
        }

        // Part of a longer run of numbers (an IP address, a version, a phone number)? A word stuck to the end
        // is no date either, but for the T of an ISO timestamp (2023-09-12T07:27:00Z).
        var timestamp = separator == '-' && _tokens[i].Length == 4 ? IsoTimeOfDay(i + 5) : null;
        if ((Attached(i) && InRange(i - 1) && _tokens[i - 1].Kind == TokenKind.Symbol && IsNumber(i - 2)) ||
            (IsSymbol(i + 5, separator) && Attached(i + 5) && IsNumber(i + 6)) ||
            (IsWord(i + 5) && Attached(i + 5) && timestamp is null))
        {
            return Match.None;
        }

        ref readonly var a = ref _tokens[i];
        ref readonly var b = ref _tokens[i + 2];
        ref readonly var c = ref _tokens[i + 4];
        int year, month, day;
        if (a.Length == 4)
        {
            if (b.Length > 2 || c.Length > 2)
            {
                return Match.None;
            }

            (year, month, day) = (a.Number, b.Number, c.Number);
        }
        else
        {
            if (a.Length > 2 || b.Length > 2 || c.Length is not (2 or 4) || separator == '-' || (separator == '.' && c.Length != 4))
            {
                return Match.None;
            }

            year = c.Length == 4 ? c.Number : TwoDigitYear(c.Number);
            var monthFirst = separator == '/' && _monthFirst;
            if (a.Number > 12)
            {
                monthFirst = false;
            }
            else if (b.Number > 12)
            {
                monthFirst = true;
            }

            (month, day) = monthFirst ? (a.Number, b.Number) : (b.Number, a.Number);
        }

        if (year is < 1000 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Match.None;
        }

        return timestamp is var (end, clock)
            ? new Match(end, TimexType.Time, TimexValues.Day(year, month, day) + clock)
            : new Match(i + 5, TimexType.Date, TimexValues.Day(year, month, day));
    }

    /// <summary>The time of an ISO timestamp from its T: "T07:27", "T07:27:00.123Z", "T07:27:00+02:00". Seconds
    /// and the zone belong to the mention; the value keeps hours and minutes, as a clock time's does.</summary>
    private (int End, string Clock)? IsoTimeOfDay(int t)
    {
        if (!IsWord(t) || !Attached(t) || _tokens[t].Length != 1 || (_text.Span[_tokens[t].Start] | 0x20) != 't' ||
            !TwoDigits(t + 1, 24) || !IsSymbol(t + 2, ':') || !Attached(t + 2) || !TwoDigits(t + 3, 59) ||
            (_tokens[t + 1].Number == 24 && _tokens[t + 3].Number != 0)) // T24:00 is the day's end, as ISO 8601 allows
        {
            return null;
        }

        var k = t + 4;
        if (IsSymbol(k, ':') && Attached(k) && TwoDigits(k + 1, 60))
        {
            k += 2;
            if (IsSymbol(k, '.') && Attached(k) && IsNumber(k + 1) && Attached(k + 1))
            {
                k += 2;
            }
        }

        if (IsWord(k) && Attached(k) && _tokens[k].Length == 1 && (_text.Span[_tokens[k].Start] | 0x20) == 'z')
        {
            k++;
        }
        else if ((IsSymbol(k, '+') || IsSymbol(k, '-')) && Attached(k) && IsNumber(k + 1) && Attached(k + 1))
        {
            // the offset, extended (+02:00, +02) or basic (+0200); its hours are not checked against the ±14 in use,
            // as a wrong offset is still the timestamp's and must not leave "15:00" behind as a clock time
            if (TwoDigits(k + 1, 99))
            {
                k += 2;
                if (IsSymbol(k, ':') && Attached(k) && TwoDigits(k + 1, 59))
                {
                    k += 2;
                }
            }
            else if (_tokens[k + 1].Length == 4 && _tokens[k + 1].Number % 100 < 60)
            {
                k += 2;
            }
            else
            {
                return null;
            }
        }

        if ((IsWord(k) || IsNumber(k)) && Attached(k))
        {
            return null; // more stuck to it than a timestamp has
        }

        return (k, TimexValues.Clock(_tokens[t + 1].Number, _tokens[t + 3].Number));
    }

    private bool TwoDigits(int i, int max) => IsNumber(i) && Attached(i) && _tokens[i].Length == 2 && _tokens[i].Number <= max;

    /// <summary>'98 and 23 as years: the century that puts it nearest the reference (else 1950-2049).</summary>
    private int TwoDigitYear(int yy)
    {
        var pivot = _ref?.Year ?? 2000;
        var candidate = (pivot / 100 * 100) + yy;

        // the century nearer the pivot, within years 0-9999
        if (candidate > pivot + 50 && candidate >= 100)
        {
            candidate -= 100;
        }
        else if (candidate < pivot - 50 && candidate < 9900)
        {
            candidate += 100;
        }

        return candidate;
    }

    private bool TryMonthName(int i, out int month, out int end)
    {
        month = 0;
        end = i;
        if (!InRange(i) || _tokens[i].Kind != TokenKind.Word || !_tokens[i].Capitalized ||
            _tokens[i].Class is not (WordClass.Month or WordClass.MonthAbbrev))
        {
            return false;
        }

        month = _tokens[i].Value;
        end = _tokens[i].Class == WordClass.MonthAbbrev ? SkipAttachedPeriod(i + 1) : i + 1;
        return true;
    }

    /// <summary>"February this year", "April next year", "July last year".</summary>
    private bool TryRelativeYear(int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (_ref is not { } r || !IsUnit(i + 1, TimeUnit.Year) || Direction(i) is not { } direction || IsCue(i, Cue.Past))
        {
            return false;
        }

        year = r.Year + direction;
        end = i + 2;
        return InCalendar(year);
    }

    /// <summary>A year after a month or day: ", 2023" or " 2023".</summary>
    private bool TryTrailingYear(int i, out int year, out int end)
    {
        end = i;
        if (IsSymbol(i, ',') && TryYearNumber(i + 1, out year))
        {
            end = i + 2;
            return true;
        }

        if (TryYearNumber(i, out year) && _tokens[i].SpaceBefore)
        {
            end = i + 1;
            return true;
        }

        if (TrySpokenYear(i, out year, out end) || (IsSymbol(i, ',') && TrySpokenYear(i + 1, out year, out end)))
        {
            return true;
        }

        // "June '99", "Feb. 27, '96"
        if (TryApostropheYear(i, out year))
        {
            end = i + 2;
            return true;
        }

        if (IsSymbol(i, ',') && TryApostropheYear(i + 1, out year))
        {
            end = i + 3;
            return true;
        }

        // "Sept. 30 of next year", "March of last year", "May of 2027": the year after "of"
        if (IsCue(i, Cue.Of))
        {
            if (TryYearNumber(i + 1, out year))
            {
                end = i + 2;
                return true;
            }

            if (Direction(i + 1) is { } direction && (Cue)_tokens[i + 1].Value is not (Cue.Past or Cue.Coming or Cue.Following or Cue.Previous) &&
                IsUnit(i + 2, TimeUnit.Year) && _ref is { } r && r.Year + direction is >= 1 and <= 9999)
            {
                year = r.Year + direction;
                end = i + 3;
                return true;
            }
        }

        year = 0;
        end = i; // no year: the mention must not take the comma ("June 1 or 2, 2024 percent")
        return false;
    }

    /// <summary>[Weekday,] Month Day[, Year] | [Weekday,] [the] Day [of] Month [Year] | Month Year | Month.</summary>
    private Match MonthDate(int i)
    {
        var j = i;
        var weekday = 0;
        if (InRange(j) && _tokens[j].Capitalized && _tokens[j].Class is WordClass.Weekday or WordClass.WeekdayAbbrev)
        {
            weekday = _tokens[j].Value;
            j = SkipAttachedPeriod(j + 1);
            if (IsSymbol(j, ','))
            {
                j++;
            }
        }

        int month, day, year, end;
        if (TryMonthName(j, out month, out var k))
        {
            var abbreviated = _tokens[j].Class == WordClass.MonthAbbrev;
            if (TryDay(k, out day, out var dayEnd) && _tokens[k].SpaceBefore && !IsClass(dayEnd, WordClass.UnitPlural) &&
                !(IsSymbol(dayEnd, ':') && Attached(dayEnd) && IsNumber(dayEnd + 1) && Attached(dayEnd + 1)))
            {
                end = dayEnd;
            }
            else if (IsSymbol(k, ',') && TryDay(k + 1, out day, out dayEnd) && !IsClass(dayEnd, WordClass.UnitPlural) &&
                     (abbreviated || (IsSymbol(dayEnd, ',') && TryYearNumber(dayEnd + 1, out _))))
            {
                end = dayEnd; // "Sept, 27" (a typo for "Sept. 27") or "June, 5, 2023"
            }
            else if (TryRelativeYear(k, out year, out end))
            {
                return weekday > 0 ? Match.None : new Match(end, TimexType.Date, TimexValues.Month(year, month));
            }
            else if (TryTrailingYear(k, out year, out end) ||
                     (IsCue(k, Cue.Of) && TryYearNumber(k + 1, out year) && (end = k + 2) > 0))
            {
                return weekday > 0 ? Match.None : new Match(end, TimexType.Date, TimexValues.Month(year, month));
            }
            else if (weekday == 0 && !abbreviated && MonthAloneIsDate(j, k))
            {
                return new Match(k, TimexType.Date,
                    YearOfClause(i) is { } yearOfClause ? TimexValues.Month(yearOfClause, month)
                    : MonthInRange(month, i, k) ?? YearlessMonthInClause(month, i, k));
            }
            else
            {
                return Match.None;
            }
        }
        else
        {
            var d = IsCue(j, Cue.The) ? j + 1 : j;
            if (!TryDay(d, out day, out k))
            {
                // "the fourth of July", "the Fourth of July", "the first of May": a day in words, always with "of"
                // ("a fifth of April sales" is a share)
                if (!IsClass(d, WordClass.Ordinal) || !IsCue(d + 1, Cue.Of) || (d == j && !_tokens[d].Capitalized))
                {
                    return Match.None;
                }

                (day, k) = (_tokens[d].Value, d + 1);
            }
            else if (d > j && !IsCue(k, Cue.Of) && !TryMonthName(k, out _, out _))
            {
                return DayOfTheMonth(j, day, d, k);
            }

            if (IsCue(k, Cue.Of))
            {
                k++;
            }

            if (!TryMonthName(k, out month, out end))
            {
                return d == j && weekday == 0 ? DayBeforeDayOfMonth(i, day, k) : Match.None;
            }
        }

        if (day > DateTime.DaysInMonth(2000, month))
        {
            return Match.None;
        }

        if (TryTrailingYear(end, out year, out var yearEnd) || TryRelativeYear(end, out year, out yearEnd))
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                return Match.None;
            }

            return new Match(yearEnd, TimexType.Date, TimexValues.Day(year, month, day));
        }

        // "Sept. 14 or 15, 2024", "Sept. 4-8, 2024": the year said once, after the second day, is the first day's too
        // (a range only when it runs forward, as CoordinatedDay reads it: "Sept. 30-1, 2024" is none)
        var range = IsSymbol(end, '-') || IsSymbol(end, '\u2013');
        if ((IsCue(end, Cue.And) || WordIsAny(end, _words.Or) || range) && TryDay(end + 1, out var secondDay, out var secondEnd) &&
            (!range || secondDay > day) && TryTrailingYear(secondEnd, out year, out _) && day <= DateTime.DaysInMonth(year, month))
        {
            return new Match(end, TimexType.Date, TimexValues.Day(year, month, day));
        }

        // "from June 11 to July 19, 2026", "Nov. 28 - Jan. 5, 2027": the year said after a range's end is its start's
        // too, the year before when the range runs across New Year; a date moved "from May 4 to April 6, 2027", "from
        // Dec. 4 to Jan. 6, 2027" is the one nearest the new date
        if (InRange(end + 1) && _tokens[end + 1].Class is WordClass.Month or WordClass.MonthAbbrev && (range || WordIsAny(end, _words.RangeTo)) &&
            TryMonthName(end + 1, out var endMonth, out var endMonthEnd) && TryDay(endMonthEnd, out var endDay, out var endDayEnd) &&
            TryTrailingYear(endDayEnd, out year, out _))
        {
            var movedFrom = IsCue(i - 1, Cue.From) && MovesDates(i - 1);
            var startYear = movedFrom
                ? (Math.Abs(month - endMonth) <= 6 ? year : month > endMonth ? year - 1 : year + 1) // the nearest
                : (endMonth, endDay).CompareTo((month, day)) >= 0 ? year : year - 1;
            if (startYear >= 1 && startYear <= 9999 && day <= DateTime.DaysInMonth(startYear, month))
            {
                return new Match(end, TimexType.Date, TimexValues.Day(startYear, month, day));
            }
        }

        // "from June 1 to Sept. 1": a range runs forward from its first day, across the year's end when it must ("from
        // Oct. 1 to Sept. 30"); a date moved "from May 4 to April 6" is the nearest, before or after
        if (weekday == 0 && RangeStartBefore(i) is { } rangeStart && RangeEndYear(rangeStart, month, day, RangeIsAMove(i)) is { } endYear)
        {
            return new Match(end, TimexType.Date, TimexValues.Day(endYear, month, day));
        }

        if (weekday == 0 && YearOfClause(i) is { } clauseYear && day <= DateTime.DaysInMonth(clauseYear, month))
        {
            return new Match(end, TimexType.Date, TimexValues.Day(clauseYear, month, day));
        }

        // "the Aug. 7 bombings", "the Oct. 7 attacks": a day that names a one-off happening has passed
        var lean = weekday > 0 ? Lean.Nearest : NamesAnEvent(end) ? Lean.Past : ClauseLean(i, end);
        var value = YearlessDay(month, day, weekday, lean);
        if (weekday == 0 && lean != Lean.Past && GoesBackAsPastEvent(value, i))
        {
            value = YearlessDay(month, day, 0, Lean.Past); // "He died on Nov. 29" written on Nov. 24
        }

        return value is not null ? new Match(end, TimexType.Date, value) : Match.None;
    }

    /// <summary>The first day of "27-29 November", "3 to 5 October 2025", "12 and 13 June": its own mention, in the month
    /// and year of the day after it (as the second day of "Nov. 24-25" is in the first's, <see cref="CoordinatedDay"/>).
    /// The days run forward: "30-1 December" is no such pair.</summary>
    /// <param name="i">The first day's token.</param>
    /// <param name="day">Its day.</param>
    /// <param name="k">The token after it.</param>
    private Match DayBeforeDayOfMonth(int i, int day, int k)
    {
        if (!(IsSymbol(k, '-') || IsSymbol(k, '\u2013') || WordIsAny(k, _words.RangeTo) || IsCue(k, Cue.And) || WordIsAny(k, _words.Or)) ||
            !TryDay(k + 1, out var lastDay, out _) || lastDay <= day)
        {
            return Match.None;
        }

        // The last day resolved in its own context ("29 November 2026", or the year the clause leans to): the first
        // shares its month and year.
        var last = MonthDate(k + 1);
        return last.Found && last.Value.Length == 10 && last.Value[7] == '-'
            ? new Match(k, TimexType.Date, string.Concat(last.Value.AsSpan(0, 8), TimexValues.Number(day).PadLeft(2, '0')))
            : Match.None;
    }

    /// <summary>"on the 28th", "by the 15th": a day of a month left unsaid. The month is the one the sentence last
    /// named ("The vote is on Oct. 3 and the count on the 5th"), else the month around the report on the side the
    /// clause leans to ("are due on the 28th" written on the 20th is this month's; "died on the 28th" is last month's).
    /// Only a day in digits with its ordinal suffix, after one of a few prepositions, ending its phrase: "the 28th
    /// president", "on the 18th green" and "since the 19th century" name no day.</summary>
    private Match DayOfTheMonth(int the, int day, int dayAt, int end)
    {
        if (end != dayAt + 2 || !WordIsAny(the - 1, _words.BeforeDayOfTheMonth) ||
            !(!InRange(end) || _tokens[end].BreakBefore || IsCue(end, Cue.At) ||
              (WordIsAny(end, _words.AndOrBut) && WordIsAny(end + 1, _words.AfterDayAndOr)) || // "on the 3rd and again on the 17th"
              (_tokens[end].Kind == TokenKind.Symbol && _tokens[end].Symbol is ',' or '.' or ';' or ':' or '!' or '?' or ')' &&
               !(Attached(end) && IsNumber(end + 1) && Attached(end + 1)))))
        {
            return Match.None;
        }

        if (_lastMonth is var (namedYear, namedMonth) && namedMonth > 0 && NamedDateInSentence(the))
        {
            return day <= DateTime.DaysInMonth(namedYear, namedMonth)
                ? new Match(end, TimexType.Date, TimexValues.Day(namedYear, namedMonth, day))
                : Match.None;
        }

        if (_ref is not { } r)
        {
            return new Match(end, TimexType.Date, "XXXX-XX-" + day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        }

        // the day in the report's month and the months either side: the nearest under the clause's lean ("by the
        // 1st" is a deadline, ahead)
        var lean = WordIsAny(the - 1, _words.By) ? Lean.Future : TenseLean(the, end);
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        var month = new DateOnly(r.Year, r.Month, 1);
        for (var offset = -1; offset <= 1; offset++)
        {
            if ((offset < 0 && month.Year == 1 && month.Month == 1) || (offset > 0 && month.Year == 9999 && month.Month == 12))
            {
                continue; // the calendar's ends
            }

            var m = month.AddMonths(offset);
            if (day > DateTime.DaysInMonth(m.Year, m.Month))
            {
                continue;
            }

            var candidate = new DateOnly(m.Year, m.Month, day);
            var distance = Distance(candidate.DayNumber - r.DayNumber, lean);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is { } b ? new Match(end, TimexType.Date, TimexValues.Day(b)) : Match.None;
    }

    /// <summary>Whether the last mention ends in the sentence of token <paramref name="i"/>, before it: "The vote is on
    /// Oct. 3 and the count on the 5th".</summary>
    private bool NamedDateInSentence(int i)
    {
        for (int k = i - 1, seen = 0; k >= 0 && seen < SentenceLookback; k--, seen++)
        {
            if (_tokens[k + 1].BreakBefore || EndsSentence(k))
            {
                return false;
            }

            if (_tokens[k].End <= _lastMention.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The year of a range's yearless last day: its first day's year, or the next when the day comes before the
    /// first in the year. For a move (<paramref name="moved"/>) the year that puts the day nearest the first, so "brought
    /// forward from Jan. 5 to Dec. 20" goes back a year. Null when the day does not exist in that year.</summary>
    private static int? RangeEndYear(DateOnly rangeStart, int month, int day, bool moved)
    {
        var year = rangeStart.Year;
        if (!moved)
        {
            if (month < rangeStart.Month || (month == rangeStart.Month && day < rangeStart.Day))
            {
                year++;
            }

            return year <= 9999 && day <= DateTime.DaysInMonth(year, month) ? year : null;
        }

        int? nearest = null;
        var nearestDays = int.MaxValue;
        for (var y = Math.Max(1, year - 1); y <= Math.Min(9999, year + 1); y++)
        {
            if (day <= DateTime.DaysInMonth(y, month) && Math.Abs(new DateOnly(y, month, day).DayNumber - rangeStart.DayNumber) is var days &&
                days < nearestDays)
            {
                nearest = y;
                nearestDays = days;
            }
        }

        return nearest;
    }

    /// <summary>The most tokens between a move verb and the first day of the range it moves: "was brought forward from".</summary>
    private const int MoveVerbWindow = 6;

    /// <summary>Whether the range whose last day starts at token <paramref name="start"/> follows a verb that moves a
    /// date in its clause ("the vote was moved from June 1 to May 15", "pushed the opening back from"), so that it
    /// names where a date went, not a span.</summary>
    private bool RangeIsAMove(int start)
    {
        var first = IsCue(start - 1, Cue.On) ? start - 3 : start - 2;
        while (first > 0 && _tokens[first - 1].Start >= _lastMentionStart)
        {
            first--;
        }

        for (var t = first - 1; t >= 0 && t >= first - MoveVerbWindow; t--)
        {
            if (WordIsAny(t, _words.MoveVerbs))
            {
                return true;
            }

            if (!IsWord(t) || StartsSentence(t))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The first day of a range whose yearless last day starts at <paramref name="start"/>: the full date
    /// named just before "to", "until", "till", "through" or "thru" ("from June 1 to Sept. 1"), or before "to" and a
    /// figure on that day ("rose from 5 on Nov. 30 to 9 on Feb. 1"); else null.</summary>
    private DateOnly? RangeStartBefore(int start)
    {
        // the last mention ends near enough before (most dates start no range: they go no further)
        if (_lastMention.End < 0 || _tokens[Math.Max(0, start - 3 - MaxFigureTokens)].Start >= _lastMention.End)
        {
            return null;
        }

        var to = IsCue(start - 1, Cue.On) ? start - 2 : start - 1;
        if (IsCue(start - 1, Cue.On) && !WordIsAny(to, _words.RangeTo))
        {
            for (var t = start - 2; t >= 0 && t > start - 2 - MaxFigureTokens; t--)
            {
                if (WordIsAny(t, _words.RangeTo))
                {
                    to = t;
                    break;
                }

                if (!IsFigureToken(t))
                {
                    break;
                }
            }
        }

        return WordIsAny(to, _words.RangeTo) && EndsLastMention(to - 1) && _lastMention.Value.Length == 10 &&
               TimexValues.TryParseDay(_lastMention.Value, out var first)
            ? first
            : null;
    }

    /// <summary>The most tokens of a figure between a range's "to" and its day: "$5.2 billion", "4.5%", "9".</summary>
    private const int MaxFigureTokens = 6;

    /// <summary>A token of a figure: a number, a currency sign or a percent sign, or a unit of count ("billion",
    /// "percent", "points").</summary>
    private bool IsFigureToken(int i) =>
        IsNumber(i) || IsClass(i, WordClass.Percent) || WordIsAny(i, _words.LargeNumbers) ||
        (_tokens[i].Kind == TokenKind.Symbol && _tokens[i].Symbol is '$' or '%' or '.' or ',' or '\u20AC' or '\u00A3');

    /// <summary>The day a weekday names at the end of a range that another weekday, the mention just before, starts
    /// ("from Monday to Friday", "Tuesday through Sunday", "Monday-Friday", "overnight Thursday into Friday"): the first
    /// such weekday after it, whatever the clause's tense (the two ends, each read alone, could fall on either side of
    /// the report). Null when the weekday ends no such range: "bought from Sept. 14 to Thursday" ends on the Thursday
    /// just gone.</summary>
    private DateOnly? WeekdayRangeEnd(int i, int weekday)
    {
        var to = IsCue(i - 1, Cue.On) ? i - 2 : i - 1;
        if (!(WordIsAny(to, _words.RangeTo) || WordIsAny(to, _words.Into) || (IsHyphen(to) && Attached(to) && Attached(i))) ||
            !IsClass(to - 1, WordClass.Weekday) ||
            _tokens[to - 1].End != _lastMention.End || _lastMention.Value.Length != 10 || !TimexValues.TryParseDay(_lastMention.Value, out var first))
        {
            return null;
        }

        var days = ((weekday - IsoWeekday(first) + 6) % 7) + 1; // 1 to 7: "Monday to Monday" is a week
        return first.DayNumber + days <= DateOnly.MaxValue.DayNumber ? first.AddDays(days) : null;
    }

    /// <summary>The most tokens between a year and a yearless date in its clause ("The 2024 Olympics open on July 26").</summary>
    private const int ClauseYearWindow = 12;

    /// <summary>The year a mention just before names in the same clause as the yearless date at
    /// <paramref name="start"/>: "The 2024 Olympics open on July 26", "Last year the festival began on June 3". Not
    /// across a comma or a conjunction ("In 2019 it won, and on July 26 it was sold"), not for the end of a range
    /// ("from 2019 to July 26"), not for a report about the year ("its 2022 results, released on March 3" came out in
    /// 2023), and not where the year would put a reported event after the report.</summary>
    private int? YearOfClause(int start)
    {
        var named = _lastMention.Value;
        if (_lastMention.End < 0 || named.Length != 4 || !int.TryParse(named, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var before = IsCue(start - 1, Cue.On) || IsCue(start - 1, Cue.In) ? start - 2 : start - 1;
        if (WordIsAny(before, _words.RangeTo) || WordIsAny(before, _words.RangeFrom) || IsHyphen(before))
        {
            return null;
        }

        for (var t = start - 1; t >= 0 && t >= start - ClauseYearWindow && !_tokens[t + 1].BreakBefore; t--)
        {
            if (_tokens[t].End <= _lastMention.End)
            {
                var first = t;
                while (first > 0 && _tokens[first - 1].Start >= _lastMentionStart)
                {
                    first--;
                }

                // "results for 2022", "since 2019": a year some other period is measured by, not the clause's time;
                // "the 2023-24 season": a span's last year
                if (_tokens[t].End < _lastMention.End || WordIsAny(t + 1, _words.ReportsOnAYear) || WordIsAny(first - 1, _words.YearAsMeasure) ||
                    IsHyphen(first - 1) || IsSymbol(first - 1, '/') ||
                    (IsPast(ClauseTense(start, start + 1)) && _ref is { } r && year > r.Year))
                {
                    return null;
                }

                return year;
            }

            // a comma ends the clause, unless a participle opens what follows it: "the 2020 election, held on Nov. 3"
            // ("Sales rose in 2022, the company said on March 3": the saying is another clause)
            var participleAfter = _tokens[t].IsSymbol(',') && IsParticiple(t + 1);
            if ((_tokens[t].Kind == TokenKind.Symbol && !IsApostrophe(t) && !participleAfter) || WordIsAny(t, _words.ClauseJoins))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A lower-case past participle: "held", "played", "scheduled" (in -ed, or one of the irregular ones news
    /// dates events with).</summary>
    private bool IsParticiple(int i) =>
        IsWord(i) && !_tokens[i].Capitalized && _tokens[i].Class is WordClass.None or WordClass.FutureCue or WordClass.PastCue &&
        (TextOf(i).EndsWith(_words.PastEnding, StringComparison.OrdinalIgnoreCase) || WordIsAny(i, _words.IrregularParticiples)) &&
        !WordIsAny(i, _words.SayingVerbs);

    /// <summary>A yearless month at either end of a range of months ("from January to September"). The start is the
    /// latest such month that has begun by the report (written in November, "from January to September" is this
    /// year's, though next January is nearer than last), or the next one when the clause speaks of what is ahead
    /// ("will run from December to April"); the end follows the start. Null for a month in no such range.</summary>
    private string? MonthInRange(int month, int start, int end)
    {
        // the start: "to" and a month alone after it
        if (WordIsAny(end, _words.RangeTo) && InRange(end + 1) && _tokens[end + 1].Class == WordClass.Month && _tokens[end + 1].Capitalized &&
            MonthAloneIsDate(end + 1, end + 2))
        {
            return YearlessMonth(month, ClauseLean(start, end) == Lean.Future ? Lean.Future : Lean.Past);
        }

        // the end: the mention just before "to" was the start
        return WordIsAny(start - 1, _words.RangeTo) && EndsLastMention(start - 2) &&
               TimexValues.TryParseMonth(_lastMention.Value, out var startYear, out var startMonth) && startYear < 9999
            ? TimexValues.Month(month >= startMonth ? startYear : startYear + 1, month)
            : null;
    }

    /// <summary>A month name on its own is a date when capitalized and, for "May" and "March", only
    /// where a verb cannot be: after a preposition, a modifier or "later than" ("in May", "mid-March", "last May",
    /// "no later than May"; "bigger than May thought" names Theresa May).</summary>
    private bool MonthAloneIsDate(int monthToken, int end)
    {
        var before = monthToken - 1;
        var afterPreposition = InRange(before) &&
            (_tokens[before].Class is WordClass.Preposition ||
             (WordIsAny(before, _words.Than) && (IsCue(before - 1, Cue.Later) || IsCue(before - 1, Cue.Earlier))) ||
             (_tokens[before].Class == WordClass.Cue && (Cue)_tokens[before].Value is Cue.The or Cue.In or Cue.Of or Cue.On or Cue.Last or
                 Cue.Next or Cue.This or Cue.Early or Cue.Late or Cue.Mid or Cue.Before or Cue.After or Cue.From) ||
             (IsHyphen(before) && Attached(monthToken) && IsWord(before - 1)));
        var month = _tokens[monthToken].Value;
        if (month is 3 or 5)
        {
            return afterPreposition;
        }

        // "June Carter", "August Wilson": a capitalized unknown word after the month makes it a name.
        if (!afterPreposition && IsWord(end) && _tokens[end].Capitalized && _tokens[end].Class == WordClass.None)
        {
            return false;
        }

        return !(IsWord(end) && Attached(end));
    }

    /// <summary>Whether token <paramref name="i"/> is a day number, bare or with its suffix: "4", "4th".</summary>
    private bool EndsOnDayNumber(int i) =>
        IsWord(i) && Attached(i) ? IsNumber(i - 1) && _tokens[i - 1].Length <= 2 : IsNumber(i) && _tokens[i].Length <= 2;

    /// <summary>The second day of "April 24 and 25", "Sept. 14 or 15", "December 3 to 5": its own expression, in the
    /// month of the date just named.</summary>
    private Match CoordinatedDay(int i)
    {
        var named = _lastMention.Value;
        // "Sept. 4-8", "Sept. 4–8", "December 3 to 5": the range's last day
        var range = IsSymbol(i - 1, '-') || IsSymbol(i - 1, '\u2013') || WordIsAny(i - 1, _words.RangeTo);
        if (!(IsCue(i - 1, Cue.And) || WordIsAny(i - 1, _words.Or) || range) || !InRange(i - 2) || _tokens[i - 2].End != _lastMention.End ||
            named.Length != 10 || named[4] != '-' || named[7] != '-' || !TryDay(i, out var day, out var end) ||
            (InRange(end) && _tokens[end].Kind == TokenKind.Word && _tokens[end].Class is not (WordClass.None or WordClass.Cue)) ||
            (IsWord(end) && _tokens[end].Class == WordClass.None && LooksPlural(TextOf(end))) || WordIsAny(end, _words.LargeNumbers))
        {
            return Match.None; // not after a date, or a count: "April 24 and 25 people", "June 1 and 2 percent", "Jan. 10 to 28 million"
        }

        // A range runs forward ("Sept. 4-8"); "Sept. 30-1" is no range of days, and a date that does not end on its
        // day ("5.1.2023-09", "9/4/2023 - 9/8/2023") starts none
        if (range && (!char.IsAsciiDigit(named[8]) || day <= ((named[8] - '0') * 10) + (named[9] - '0') ||
                      !EndsOnDayNumber(i - 2)))
        {
            return Match.None;
        }

        // With no reference "yesterday" is XXXX-XX-XX: there is no month to share.
        var month = char.IsAsciiDigit(named[5]) && char.IsAsciiDigit(named[6]) ? ((named[5] - '0') * 10) + (named[6] - '0') : 0;
        if (month is < 1 or > 12)
        {
            return Match.None;
        }

        if (TryTrailingYear(end, out var year, out var yearEnd) ||
            int.TryParse(named.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year))
        {
            end = Math.Max(end, yearEnd);
            return day <= DateTime.DaysInMonth(year, month) ? new Match(end, TimexType.Date, TimexValues.Day(year, month, day)) : Match.None;
        }

        return day <= DateTime.DaysInMonth(2000, month) ? new Match(end, TimexType.Date, named[..8] + TimexValues.Number(day).PadLeft(2, '0')) : Match.None;
    }

    /// <summary>A weekday: "Tuesday", "Friday morning" (TIME).</summary>
    private Match Weekday(int i)
    {
        if (!IsClass(i, WordClass.Weekday) || !_tokens[i].Capitalized)
        {
            return Match.None;
        }

        // "Black Monday", "Bloody Sunday", "the Good Friday agreement", "Super Bowl Sunday", "Easter Monday" with no
        // reference date: the name of an event or of a day that the holiday rule did not take, not a day of the
        // report's week
        if (IsWord(i - 1) && _tokens[i - 1].Capitalized && _tokens[i].SpaceBefore &&
            (_tokens[i - 1].Class == WordClass.Holiday || WordIsAny(i - 1, _words.NamesBeforeAWeekday)))
        {
            return Match.None;
        }

        // "the Sunday Times", "Sunday River" (not "on Sunday Times Square"); "Monday Night Football", "Saturday Night
        // Live": a title, the weekday and "Night" capitalized with the name they start
        if (IsCapitalizedAfter(i) && ((WordIsAny(i + 1, _words.NamesAfterAWeekday) && !IsCapitalizedAfter(i + 1)) ||
                                      (IsClass(i + 1, WordClass.PartOfDay) && IsCapitalizedAfter(i + 1) && IsClass(i + 2, WordClass.None))))
        {
            return Match.None;
        }

        var weekday = _tokens[i].Value;
        var end = i + 1;

        // "works Tuesday nights", "leave on Monday and Tuesday nights": a part of the day in the plural recurs, and
        // the weekday coordinated before it shares it
        if (PluralPartOfDay(end) is var part and >= 0)
        {
            return new Match(end + 1, TimexType.Set, WithPartOfDay(RecurringWeekday(weekday), part));
        }

        if (SharedPluralPartOfDay(end) is var sharedPart and >= 0)
        {
            return new Match(end, TimexType.Set, WithPartOfDay(RecurringWeekday(weekday), sharedPart));
        }

        // "It happened on a Friday", "played on a Tuesday night in March": some such day, not one of the report's weeks
        if (IsCue(i - 1, Cue.A) && IsCue(i - 2, Cue.On))
        {
            var someDay = RecurringWeekday(weekday);
            return IsClass(end, WordClass.PartOfDay)
                ? new Match(end + 1, TimexType.Time, WithPartOfDay(someDay, _tokens[end].Value))
                : new Match(end, TimexType.Date, someDay);
        }

        var lean = NamedEventLean(i) ?? (SpeaksOfFuture(i, end) ? Lean.Future : Lean.Past);
        var value = WeekdayRangeEnd(i, weekday) is { } rangeEnd ? TimexValues.Day(rangeEnd) : WeekdayValue(weekday, lean);
        if (IsClass(end, WordClass.PartOfDay))
        {
            return new Match(end + 1, TimexType.Time, WithPartOfDay(value, _tokens[end].Value));
        }

        return new Match(end, TimexType.Date, value);
    }

    /// <summary>The part of the day in the plural that ends the weekdays coordinated from token <paramref name="next"/>
    /// on, shared by the weekday before it: ", Tuesday and Wednesday nights", "or Friday mornings"; -1 when none.</summary>
    private int SharedPluralPartOfDay(int next)
    {
        for (var k = next; ; k++)
        {
            var comma = IsSymbol(k, ',');
            if (comma)
            {
                k++;
            }

            if (IsCue(k, Cue.And) || WordIsAny(k, _words.Or))
            {
                k++;
            }
            else if (!comma)
            {
                return -1;
            }

            if (!IsClass(k, WordClass.Weekday) || !_tokens[k].Capitalized)
            {
                return -1;
            }

            if (PluralPartOfDay(k + 1) is var part and >= 0)
            {
                return part;
            }
        }
    }

    /// <summary>Whether the word after token <paramref name="i"/> is capitalized, on the same line, after a space.</summary>
    private bool IsCapitalizedAfter(int i) =>
        IsWord(i + 1) && _tokens[i + 1].Capitalized && _tokens[i + 1].SpaceBefore && !_tokens[i + 1].BreakBefore;

    /// <summary>The part of the day token <paramref name="i"/> names in the plural ("nights"), as a
    /// <see cref="PartOfDay"/>; -1 when it names none.</summary>
    private int PluralPartOfDay(int i) => IsWord(i) ? WordIndex(i, _words.PluralPartsOfDay) : -1;

    /// <summary>"get around Wednesday's ruling", "after Thursday's decision": a weekday in the possessive names an
    /// event by its day, and the events a report names that way have happened, whatever the clause's tense;
    /// "ahead of Friday's meeting" is the one that says it lies ahead. Null for a weekday that names no event.</summary>
    private Lean? NamedEventLean(int weekdayToken)
    {
        if (!IsPossessiveS(weekdayToken + 1))
        {
            return null;
        }

        var before = weekdayToken - 1;
        if ((IsCue(before, Cue.Of) && IsCue(before - 1, Cue.Ahead)) || LooksAhead(before) ||
            (IsCue(before, Cue.Before) && SpeaksOfFuture(weekdayToken, weekdayToken + 1)))
        {
            // "before Friday's purchases" in a report of the week's trading is behind it; "will vote before
            // Sunday's deadline" ahead
            return Lean.Future;
        }

        // "Wednesday's meeting will decide": the event is the subject of a clause about the future
        return IsWord(weekdayToken + 3) && IsClass(weekdayToken + 4, WordClass.FutureCue) ? Lean.Future : Lean.Past;
    }

    /// <summary>"until Monday's hearing", "await Friday's report", "prepare for Friday's vote": words that put the
    /// event they govern ahead of the report.</summary>
    private bool LooksAhead(int i) =>
        WordIsAny(i, _words.AwaitWords) || (IsCue(i, Cue.For) && WordIsAny(i - 1, _words.PrepareFor));

    /// <summary>yesterday, today, tomorrow (+ part of day), tonight, last night, this morning.</summary>
    private Match Deictic(int i)
    {
        if (!InRange(i))
        {
            return Match.None;
        }

        if (IsClass(i, WordClass.Deictic))
        {
            if (IsGenericDeictic(i))
            {
                return Match.None;
            }

            // "today's world", "in today's market", "many of today's personal computers": nowadays (TIMEX3's
            // PRESENT_REF); "today's vote" stays the day
            if (_tokens[i].Value == 1 && IsPossessiveOfAnEra(i))
            {
                return new Match(i + 1, TimexType.Date, "PRESENT_REF");
            }

            var value = DayOrUnknown(PlusDays(_ref, _tokens[i].Value - 1));
            return IsClass(i + 1, WordClass.PartOfDay)
                ? new Match(i + 2, TimexType.Time, WithPartOfDay(value, _tokens[i + 1].Value))
                : new Match(i + 1, TimexType.Date, value);
        }

        if (IsClass(i, WordClass.Tonight))
        {
            return new Match(i + 1, TimexType.Time, WithPartOfDay(DayOrUnknown(_ref), (int)PartOfDay.Night));
        }

        // mid-afternoon (yesterday), early morning, late evening
        if ((IsCue(i, Cue.Mid) || IsCue(i, Cue.Early) || IsCue(i, Cue.Late)) && IsClass(SkipAttachedHyphen(i + 1), WordClass.PartOfDay))
        {
            var p = SkipAttachedHyphen(i + 1);
            var day = IsClass(p + 1, WordClass.Deictic) ? PlusDays(_ref, _tokens[p + 1].Value - 1) : _ref;
            var end = IsClass(p + 1, WordClass.Deictic) ? p + 2 : p + 1;
            return new Match(end, TimexType.Time, WithPartOfDay(DayOrUnknown(day), _tokens[p].Value));
        }

        if ((IsCue(i, Cue.Last) || IsCue(i, Cue.This)) && IsClass(i + 1, WordClass.PartOfDay))
        {
            var part = _tokens[i + 1].Value;
            if (IsCue(i, Cue.Last) && part != (byte)PartOfDay.Night)
            {
                return Match.None;
            }

            var day = IsCue(i, Cue.Last) ? PlusDays(_ref, -1) : _ref;
            return new Match(i + 2, TimexType.Time, WithPartOfDay(DayOrUnknown(day), part));
        }

        return Match.None;
    }

    /// <summary>"yesterday's technology", "tomorrow's world", "the people of tomorrow": the day word stands for an era
    /// (the times gone or to come), not for the day before or after the report; "USA Today" is a name. ("today's
    /// world" is nowadays, PRESENT_REF: see <see cref="Deictic"/>.)</summary>
    private bool IsGenericDeictic(int i)
    {
        // "USA Today", "This is VOA Today": a capitalized day word after an acronym in mid-sentence is a title
        // ("Investors Cheer Decision Today", a headline in title case, still says today)
        if (_tokens[i].Capitalized && IsAcronym(i - 1) && _tokens[i - 1].Class == WordClass.None && !StartsSentence(i))
        {
            return true;
        }

        var day = _tokens[i].Value;
        if (day == 2 && IsCue(i - 1, Cue.Of) && !IsApostrophe(i + 1))
        {
            // "the people of tomorrow"; "the end of tomorrow" stays a day, and so does "the events of yesterday"
            return !(IsCue(i - 2, Cue.End) || IsCue(i - 2, Cue.Beginning) || IsCue(i - 2, Cue.Start) || IsCue(i - 2, Cue.Middle) ||
                     IsClass(i - 2, WordClass.PartOfDay));
        }

        return day != 1 && IsPossessiveOfAnEra(i);
    }

    /// <summary>The most lower-case words of a noun phrase after a possessive day word: "today's fast-paced world".</summary>
    private const int LongestEraPhrase = 3;

    /// <summary>Whether the day word at <paramref name="i"/> is a possessive whose noun phrase names an era, not a day's
    /// event: a noun of the times, maybe after lower-case modifiers ("today's youth", "today's personal computers",
    /// "today's fast-paced world"), or "market" after "in" ("in today's market"). A closed list decides, because the
    /// nouns of a day's events ("today's vote", "today's editions", "today's geography quiz") are an open class.</summary>
    private bool IsPossessiveOfAnEra(int i)
    {
        if (!IsPossessiveS(i + 1))
        {
            return false;
        }

        var k = i + 3;
        for (var words = 0; words < LongestEraPhrase && IsWord(k) && _tokens[k].Class == WordClass.None && !_tokens[k].Capitalized; words++)
        {
            if (WordIsAny(k, _words.EraNouns) || (WordIsAny(k, _words.MarketNouns) && IsCue(i - 1, Cue.In)))
            {
                return !IsApostrophe(k + 1); // "today's women's final": the noun is another possessive's
            }

            k = IsHyphen(k + 1) && Attached(k + 1) && Attached(k + 2) ? k + 2 : k + 1;
        }

        return false;
    }

    /// <summary>A word of two or more capital letters and nothing else: USA, VOA, BBC.</summary>
    private bool IsAcronym(int i)
    {
        if (!IsWord(i) || _tokens[i].Length < 2)
        {
            return false;
        }

        foreach (var c in TextOf(i))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A year cut to two digits after an apostrophe, "'96", at token <paramref name="i"/> (the apostrophe), in
    /// the century nearer the reference: its space before, nothing stuck after it but punctuation ("'90s" is a decade,
    /// "'96-97" a season, "rock'96" no year).</summary>
    private bool TryApostropheYear(int i, out int year)
    {
        year = 0;
        if (!IsApostrophe(i) || !_tokens[i].SpaceBefore || !IsNumber(i + 1) || !Attached(i + 1) || _tokens[i + 1].Length != 2 ||
            (Attached(i + 2) && (_tokens[i + 2].Kind != TokenKind.Symbol || IsApostrophe(i + 2) || IsHyphen(i + 2) ||
                                 _tokens[i + 2].Symbol == '%' || (_tokens[i + 2].Symbol is '/' or '.' && IsNumber(i + 3) && Attached(i + 3)))))
        {
            return false;
        }

        year = TwoDigitYear(_tokens[i + 1].Number);
        return true;
    }

    /// <summary>A year on its own ("in 2022"), a decade ("the 1990s"), a century, a fiscal year.</summary>
    private Match Year(int i)
    {
        var j = IsCue(i, Cue.The) ? i + 1 : i;
        if (!InRange(j))
        {
            return Match.None;
        }

        ref readonly var t = ref _tokens[j];

        // 1990s, 1990's, 1800s
        if (t.Kind == TokenKind.Number && t.Length == 4 && t.Number % 10 == 0 && IsPlainNumberStart(j))
        {
            var s = j + 1;
            if (IsApostrophe(s) && Attached(s))
            {
                s++;
            }

            if (WordIsAny(s, _words.DecadePlural) && Attached(s))
            {
                // "the 1800s" is a century, but "the 2000s" in news is the decade of 2000-2009: the current
                // century is "this century" or "the 21st century", never "the 2000s".
                var isCentury = t.Number % 100 == 0 && t.Number != 2000;
                return new Match(s + 1, TimexType.Date, isCentury ? TimexValues.Century(t.Number / 100) : TimexValues.Decade(t.Number / 10));
            }
        }

        // '90s, the 90s
        var n = IsApostrophe(j) && IsNumber(j + 1) && Attached(j + 1) ? j + 1 : j;
        if (IsNumber(n) && _tokens[n].Length == 2 && _tokens[n].Number % 10 == 0 && WordIsAny(n + 1, _words.DecadePlural) && Attached(n + 1) &&
            (n > j || j > i))
        {
            if (n == j && SpeaksOfTemperature(i))
            {
                return Match.None; // "highs in the 90s": degrees (the decade would be written '90s as often as not)
            }

            var decade = TwoDigitYear(_tokens[n].Number) / 10;
            if (_ref is { } r && decade * 10 > r.Year && decade >= 10)
            {
                decade -= 10;
            }

            return new Match(n + 2, TimexType.Date, TimexValues.Decade(decade));
        }

        // "in '97", "the class of '98"
        if (j == i && TryApostropheYear(j, out var shortYear))
        {
            return new Match(j + 2, TimexType.Date, TimexValues.Year(shortYear));
        }

        // the nineties
        if (j > i && t.Is(WordClass.Decade))
        {
            return new Match(j + 1, TimexType.Date, TimexValues.Decade(190 + t.Value));
        }

        // the 21st century, the twentieth century, an 11th century temple
        if (TryCenturyOrdinal(j, out var century, out var c) && IsClass(c, WordClass.Unit) &&
            _tokens[c].Value == (byte)TimeUnit.Century)
        {
            return new Match(c + 1, TimexType.Date, TimexValues.Century(century - 1));
        }

        // the (current|latest|last|next) fiscal year
        if (j > i && (Direction(j) is not null || IsCue(j, Cue.Latest) || t.Is(Cue.Fiscal)))
        {
            var f = t.Is(Cue.Fiscal) ? j : j + 1;
            if (IsCue(f, Cue.Fiscal) && IsUnit(f + 1, TimeUnit.Year) && !TryYearNumber(f + 2, out _))
            {
                // "the fiscal year ended Jan. 31" is a span of a year, as "the year ended June 30" is
                if (f == j && EndsOnADate(f + 2))
                {
                    return new Match(f + 2, TimexType.Duration, "P1Y");
                }

                var offset = IsCue(j, Cue.Latest) ? -1 : Direction(j) ?? 0;
                return Shifted(TimeUnit.Year, offset) is { } fiscal ? new Match(f + 2, TimexType.Date, fiscal) : Match.None;
            }
        }

        // nineteen ninety-six, two thousand
        if (j == i && TrySpokenYear(j, out var spoken, out var spokenEnd))
        {
            return new Match(spokenEnd, TimexType.Date, TimexValues.Year(spoken));
        }

        if (j > i && t.Is(WordClass.Unit) && t.Value == (byte)TimeUnit.Year && TrySpokenYear(j + 1, out spoken, out spokenEnd))
        {
            return new Match(spokenEnd, TimexType.Date, TimexValues.Year(spoken));
        }

        // fiscal 1989, fiscal year 2023, FY2023, FY 23
        if (t.Is(Cue.Fiscal) || t.Is(Cue.FiscalYearPrefix))
        {
            var y = j + 1;
            if (t.Is(Cue.Fiscal) && IsClass(y, WordClass.Unit) && _tokens[y].Value == (byte)TimeUnit.Year)
            {
                y++;
            }

            if (TryYearNumber(y, out var fiscalYear))
            {
                return new Match(y + 1, TimexType.Date, TimexValues.Year(fiscalYear));
            }

            if (t.Is(Cue.FiscalYearPrefix) && IsNumber(y) && _tokens[y].Length == 2 && !(IsWord(y + 1) && Attached(y + 1)))
            {
                return new Match(y + 1, TimexType.Date, TimexValues.Year(TwoDigitYear(_tokens[y].Number)));
            }

            return Match.None;
        }

        // the year 2000
        if (j > i && t.Is(WordClass.Unit) && t.Value == (byte)TimeUnit.Year && TryYearNumber(j + 1, out var named))
        {
            return new Match(j + 2, TimexType.Date, TimexValues.Year(named));
        }

        return j == i && IsStandaloneYear(i, out var year) ? new Match(i + 1, TimexType.Date, TimexValues.Year(year)) : Match.None;
    }

    /// <summary>The second year of a range written with a hyphen, dash or slash, "2019-21", "the 2023-24 season", "fiscal
    /// 2023-24", "the 2022/23 season": a DATE of its own, as TimeML annotates the two ends of a range ("2019-2021" gives two years the same
    /// way). Only right after a year just read as one, so "pp. 2019-21", "102-99" and "555-2019-21" start nothing.</summary>
    private Match YearRangeEnd(int i)
    {
        if (!IsNumber(i) || _tokens[i].Length != 2 || !EndsYearRange(i) ||
            (InRange(i + 1) && Attached(i + 1) && (_tokens[i + 1].Kind != TokenKind.Symbol || IsHyphen(i + 1) || IsSymbol(i + 1, '/'))))
        {
            return Match.None; // not after a year mention, or part of a longer run: "2019-21-05", "2019-21st"
        }

        var first = _tokens[i - 2].Number;
        var year = (first / 100 * 100) + _tokens[i].Number;
        if (year <= first)
        {
            year += 100; // "1999-00"
        }

        // a range runs forward and not far: "2019-18" or "1950-10" is no range of years
        return year - first <= 50 ? new Match(i + 1, TimexType.Date, TimexValues.Year(year)) : Match.None;
    }

    /// <summary>Whether "the 90s" at token <paramref name="i"/> is a range of degrees: after "in", "into" or "to"
    /// with a temperature word shortly before in the sentence ("highs in the 90s", "temperatures will climb into
    /// the 80s"), which "the highs and lows of the 90s" is not.</summary>
    private bool SpeaksOfTemperature(int i)
    {
        if (!WordIsAny(i - 1, _words.TemperaturePrepositions))
        {
            return false;
        }

        for (int k = i - 2, seen = 0; k >= 0 && seen < 6 && !(_tokens[k].Kind == TokenKind.Symbol && IsSentenceBoundary(k)); k--, seen++)
        {
            if (WordIsAny(k, _words.TemperatureWords))
            {
                return true;
            }

            if (_tokens[k].BreakBefore)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>A year said in words, as broadcast transcripts write it: "nineteen ninety-six" (a teen
    /// then a number 10-99), "two thousand", "two thousand and one".</summary>
    private bool TrySpokenYear(int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (!IsClass(i, WordClass.Cardinal))
        {
            return false;
        }

        var first = _tokens[i].Value;
        if (first is >= 10 and <= 20 && TryCount(i + 1, out var rest, out end) && rest is >= 10 and <= 99 && IsClass(i + 1, WordClass.Cardinal))
        {
            year = (first * 100) + rest;
            return true;
        }

        if (first is 1 or 2 && WordIsAny(i + 1, _words.Thousand))
        {
            year = first * 1000;
            end = i + 2;
            var k = IsCue(end, Cue.And) ? end + 1 : end;
            if (IsClass(k, WordClass.Cardinal) && TryCount(k, out var units, out var unitsEnd) && units is >= 1 and <= 99)
            {
                year += units;
                end = unitsEnd;
            }

            return true;
        }

        return false;
    }

    private bool IsPlainNumberStart(int i) =>
        !(Attached(i) && InRange(i - 1) && _tokens[i - 1].Kind == TokenKind.Symbol && _tokens[i - 1].Symbol is '$' or '€' or '£' or '#' or '§');

    private bool TryCenturyOrdinal(int i, out int n, out int end)
    {
        end = i + 1;
        n = 0;
        if (IsClass(i, WordClass.Ordinal))
        {
            n = _tokens[i].Value;
        }
        else if (IsNumber(i) && _tokens[i].Length <= 2 && IsWord(i + 1) && Attached(i + 1) && IsOrdinalSuffix(TextOf(i + 1)))
        {
            n = _tokens[i].Number;
            end = i + 2;
        }

        end = SkipAttachedHyphen(end);
        return n is >= 1 and <= 30;
    }

    /// <summary>A bare four-digit number read as a year unless its neighbours say it is an amount, a label
    /// ("Section 1983", "Flight 2201") or part of a bigger number.</summary>
    private bool IsStandaloneYear(int i, out int year)
    {
        if (!TryYearNumber(i, out year) || year > 2199)
        {
            return false;
        }

        var before = i - 1;
        if (InRange(before))
        {
            ref readonly var p = ref _tokens[before];
            if ((p.Kind == TokenKind.Word && p.Class == WordClass.NumberLabel) || p.Symbol is '$' or '€' or '£' or '¥' or '#' or '§' ||
                (p.Symbol == '.' && Attached(before) && IsClass(before - 1, WordClass.NumberLabel))) // "pp. 2019", "No. 1984"
            {
                return false;
            }

            // the second year of "2019-2021" follows the first as read as a year ("pp. 2019-2021" holds none)
            if (Attached(i) && p.Kind == TokenKind.Symbol && p.Symbol is '/' or ':' or '-' or '.' or ',' && IsNumber(before - 1) &&
                !EndsYearRange(i))
            {
                return false;
            }

            if (year < 1600 && !(p.Class is WordClass.Preposition || p.Is(Cue.In) || p.Is(Cue.Of) || p.Is(Cue.From) ||
                                 p.Is(Cue.Before) || p.Is(Cue.After)))
            {
                return false;
            }

            if (IsModelNumber(before, year))
            {
                return false;
            }
        }
        else if (year < 1600)
        {
            return false;
        }

        var after = i + 1;
        if (IsClass(after, WordClass.Unit) || IsClass(after, WordClass.UnitPlural) || IsClass(after, WordClass.CountNoun) ||
            IsClass(after, WordClass.TimeZone)) // "4 p.m. (2000 GMT)": a 24-hour clock reading, as wire copy converts times
        {
            return false;
        }

        if (IsStreetNumber(i))
        {
            return false;
        }

        // "2000 people": a plain plural noun right after, and nothing before that makes it a year.
        if (IsWord(after) && !_tokens[after].Capitalized && _tokens[after].Class == WordClass.None && LooksPlural(TextOf(after)))
        {
            var yearish = InRange(before) && (_tokens[before].Class is WordClass.Preposition or WordClass.Cue || EndsYearRange(i) ||
                                              IsApostrophe(before) || (IsWord(before) && WordIsAny(before, _words.Possessive)) ||
                                              (IsHyphen(before) && Attached(i) && WordIsAny(before - 1, _words.YearPrefixes)));
            return yearish;
        }

        return true;
    }

    /// <summary>The most years a year named after a product's name may lie ahead of the report ("Vision 2030", "Agenda
    /// 2050"); past it the number is a model's ("RTX 2080").</summary>
    private const int FurthestYearAfterAName = 30;

    /// <summary>The earliest year a name before it may give: "BMW 1600" and "GTX 1660" are models; "Magna Carta 1215"
    /// is history, which such texts write "in 1215".</summary>
    private const int EarliestYearAfterAName = 1900;

    /// <summary>Whether a four-digit number after the capitalized word at <paramref name="name"/> is a model number
    /// rather than a year: "GeForce GTX 1660 Ti", "RTX 2080 Super", "BMW 1600". Only when the year would be far
    /// from the report's (before 1900, or more than 30 years ahead); "Euro 2024", "Expo 2020" and "Vision 2030" stay
    /// years, as does a year after a month, a weekday or any word of the grammar.</summary>
    private bool IsModelNumber(int name, int year)
    {
        ref readonly var t = ref _tokens[name];
        return t.Kind == TokenKind.Word && t.Capitalized && t.Class == WordClass.None && _ref is { } r && r.Year >= EarliestYearAfterAName &&
               (year < EarliestYearAfterAName || year > r.Year + FurthestYearAfterAName);
    }

    /// <summary>Whether the number at token <paramref name="i"/> is a house number: "the 1900 block of", "1600
    /// Pennsylvania Ave.", "2100 Market St.", "1800 Avenue of the Stars" (a street word right after it or after
    /// up to three capitalized words). Not after "in", "since" and the like: "in 1990 Oxford Street was rebuilt".</summary>
    private bool IsStreetNumber(int i)
    {
        if (WordIsAny(i + 1, _words.Block) && IsCue(i + 2, Cue.Of))
        {
            return true;
        }

        // "the 1904 St. Louis World's Fair", "the 1985 Plaza Accord", "its 2012 Main Street Festival": a year names an
        // event; an address takes no article
        if (InRange(i - 1) && (_tokens[i - 1].Class == WordClass.Preposition || _tokens[i - 1].Is(Cue.In) || _tokens[i - 1].Is(Cue.The) ||
                               WordIsAny(i - 1, _words.DeterminersOfAName)))
        {
            return false;
        }

        for (var k = i + 1; k <= i + 4 && IsWord(k) && _tokens[k].Capitalized; k++)
        {
            if ((k > i + 1 && WordIsAny(k, _words.SaintOrStreet)) || // right after the number, "St." is Saint: "1600 St. Louis fans"
                WordIsAny(k, _words.StreetWords))
            {
                return true;
            }
        }

        return false;
    }

    private bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length >= 4 && word.EndsWith(_words.PluralEnding, StringComparison.Ordinal) && !EndsWithAny(word, _words.NotPluralEndings);

    /// <summary>Q3 2021, 3Q, the third quarter (of 2023), third-quarter, the first half, first-half 2024.</summary>
    private Match QuarterOrHalf(int i)
    {
        var j = IsCue(i, Cue.The) ? i + 1 : i;
        if (!InRange(j))
        {
            return Match.None;
        }

        // the 1988 quarter, the 1989 period: the quarter under discussion, in that year (the year itself when the
        // sentence compares nine months)
        if (j > i && TryYearNumber(j, out var leadingYear) && (IsUnit(j + 1, TimeUnit.Quarter) || IsCue(j + 1, Cue.Period)))
        {
            var compared = IsCue(j + 1, Cue.Period) ? PeriodComparedInSentence(i) : ComparedPeriod.None;
            var value = compared == ComparedPeriod.Quarter ? TimexValues.Quarter(leadingYear, _recentQuarter.Quarter)
                : compared == ComparedPeriod.Year || _lastQuarter is not { } q ? TimexValues.Year(leadingYear)
                : TimexValues.Quarter(leadingYear, q.Quarter);
            return new Match(j + 2, TimexType.Date, value, Anaphoric: true);
        }

        // the 1988 second quarter
        if (TryYearNumber(j, out leadingYear) && IsClass(j + 1, WordClass.Ordinal) && _tokens[j + 1].Value is >= 1 and <= 4)
        {
            var q = SkipAttachedHyphen(j + 2);
            if (IsUnit(q, TimeUnit.Quarter))
            {
                return new Match(q + 1, TimexType.Date, TimexValues.Quarter(leadingYear, _tokens[j + 1].Value));
            }

            if (IsCue(q, Cue.Half) && _tokens[j + 1].Value <= 2)
            {
                return new Match(q + 1, TimexType.Date, TimexValues.Half(leadingYear, _tokens[j + 1].Value));
            }
        }

        int index, k;
        bool half;
        if (Attached(j) && j > 0 && _tokens[j - 1].Kind != TokenKind.Symbol)
        {
            return Match.None; // inside a code: Windows 11 "23H2", a part number "A7Q3"
        }

        if (IsCue(j, Cue.QuarterLetter) && IsNumber(j + 1) && Attached(j + 1) && _tokens[j + 1].Length == 1 && _tokens[j + 1].Number is >= 1 and <= 4 &&
            !(IsWord(j + 2) && Attached(j + 2)))
        {
            (index, half, k) = (_tokens[j + 1].Number, false, j + 2);
        }
        else if (IsCue(j, Cue.HalfLetter) && IsNumber(j + 1) && Attached(j + 1) && _tokens[j + 1].Number is 1 or 2 && _tokens[j + 1].Length == 1)
        {
            (index, half, k) = (_tokens[j + 1].Number, true, j + 2);
        }
        else if (IsNumber(j) && _tokens[j].Length == 1 && _tokens[j].Number is >= 1 and <= 4 && IsCue(j + 1, Cue.QuarterLetter) && Attached(j + 1))
        {
            (index, half, k) = (_tokens[j].Number, false, j + 2);
        }
        else if (IsNumber(j) && _tokens[j].Length == 1 && _tokens[j].Number is 1 or 2 && IsCue(j + 1, Cue.HalfLetter) && Attached(j + 1) &&
                 IsNumber(j + 2) && (Attached(j + 2) ? _tokens[j + 2].Length == 2 : _tokens[j + 2].Length == 4 && TryYearNumber(j + 2, out _)))
        {
            (index, half, k) = (_tokens[j].Number, true, j + 2); // "1H23", "2H 2024": only with its year ("1H" alone is any code)
        }
        else
        {
            if (IsClass(j, WordClass.Ordinal) && _tokens[j].Value is >= 1 and <= 4)
            {
                index = _tokens[j].Value;
            }
            else if (IsCue(j, Cue.Last) && j > i)
            {
                index = 0; // "the last half": the second one
            }
            else
            {
                return Match.None;
            }

            k = SkipAttachedHyphen(j + 1);
            if (IsClass(k, WordClass.Unit) && _tokens[k].Value == (byte)TimeUnit.Quarter && index > 0)
            {
                half = false;
            }
            else if ((index == 1 || index == 0) && IsClass(k, WordClass.Cardinal) && _tokens[k].Value == 2 &&
                     IsClass(k + 1, WordClass.UnitPlural) && _tokens[k + 1].Value == (byte)TimeUnit.Quarter && IsCue(k + 2, Cue.Of) &&
                     TryYearNumber(k + 3, out var halfYear))
            {
                // "the first two quarters of 1990" is that year's first half
                return new Match(k + 4, TimexType.Date, TimexValues.Half(halfYear, index == 0 ? 2 : 1));
            }
            else if (IsCue(k, Cue.Half) && index <= 2)
            {
                half = true;
                index = index == 0 ? 2 : index;
            }
            else
            {
                return Match.None;
            }

            k++;
        }

        // "2Q23", "1H23": the two-digit year stuck to the label, as financial tables write it
        if (IsNumber(j) && (IsNumber(k) || IsWord(k)) && Attached(k))
        {
            if (!IsNumber(k) || _tokens[k].Length != 2 || ((IsWord(k + 1) || IsNumber(k + 1)) && Attached(k + 1)))
            {
                return Match.None; // a code: "2Q234", "3QX"
            }

            var stuck = TwoDigitYear(_tokens[k].Number);
            return new Match(k + 1, TimexType.Date, half ? TimexValues.Half(stuck, index) : TimexValues.Quarter(stuck, index));
        }

        // "the last half of the '80s": a half of a decade has no value of its own, so TIMEX3 gives the decade's
        if (half && IsCue(k, Cue.Of) && Year(k + 1) is { Found: true, Value.Length: 3 } decade)
        {
            return decade;
        }

        // ... of 2023, of fiscal 1989, 2021, FY2023
        var y = k;
        if (IsCue(y, Cue.Of) || IsSymbol(y, ','))
        {
            y++;
        }

        if (IsCue(y, Cue.Fiscal) || IsCue(y, Cue.FiscalYearPrefix))
        {
            y++;
        }

        if (TryYearNumber(y, out var year) && (y > k || _tokens[y].SpaceBefore))
        {
            return new Match(y + 1, TimexType.Date, half ? TimexValues.Half(year, index) : TimexValues.Quarter(year, index));
        }

        if (IsCue(k, Cue.Of) && (IsCue(k + 1, Cue.This) || IsCue(k + 1, Cue.Last) || IsCue(k + 1, Cue.Next)) &&
            IsClass(k + 2, WordClass.Unit) && _tokens[k + 2].Value == (byte)TimeUnit.Year)
        {
            var offset = IsCue(k + 1, Cue.Last) ? -1 : IsCue(k + 1, Cue.Next) ? 1 : 0;
            var yearValue = Shifted(TimeUnit.Year, offset) ?? "XXXX";
            return new Match(k + 3, TimexType.Date, yearValue + (half ? "-H" : "-Q") + TimexValues.Number(index));
        }

        if (IsClass(k, WordClass.UnitPlural) && !half)
        {
            return Match.None; // "third-quarter" as part of something else
        }

        if (IsPeriodOfPlay(i, k))
        {
            return Match.None;
        }

        var lean = SpeaksOfFuture(i, k) ? Lean.Future : Lean.Past;
        return new Match(k, TimexType.Date, half ? YearlessHalf(index, lean) : YearlessQuarter(index, lean));
    }

    /// <summary>The tokens a sentence is searched for the words of a game, either side of a yearless quarter or half.</summary>
    private const int PlayWindow = 24;

    /// <summary>Whether a quarter or half with no year, tokens [start, end), is a period of a game, a session or a show
    /// and no part of the calendar: "the first half of Sunday's game", "the first half of trading", "the Chiefs scored
    /// twice in the fourth quarter". A game is told by its words in the same sentence.</summary>
    private bool IsPeriodOfPlay(int start, int end)
    {
        if (IsCue(end, Cue.Of))
        {
            var noun = IsCue(end + 1, Cue.The) ? end + 2 : end + 1;
            if ((IsCue(noun, Cue.Last) || IsCue(noun, Cue.This)) && IsClass(noun + 1, WordClass.Weekday))
            {
                noun++; // "of last Sunday's loss"
            }

            if ((IsClass(noun, WordClass.Weekday) || IsClass(noun, WordClass.Deictic)) && IsPossessiveS(noun + 1))
            {
                noun += 3; // "of Sunday's game", "of today's session"
            }

            if (WordIsAny(noun, _words.PeriodsOfPlay) && !WordIsAny(noun + 1, _words.ContestWordsAsModifier)) // not "of the game maker"
            {
                return true;
            }
        }

        for (var i = start - 1; i >= 0 && i >= start - PlayWindow && !_tokens[i + 1].BreakBefore && !EndsSentence(i); i--)
        {
            if (IsWordOfAGame(i) || IsGameClock(i))
            {
                return true;
            }
        }

        for (var i = end; i < _count && i < end + PlayWindow && !_tokens[i].BreakBefore && !EndsSentence(i); i++)
        {
            if (IsWordOfAGame(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word after a game clock: "2:30 left", "5:43 remaining", "1:30 to go", "2:55 into overtime".</summary>
    private bool IsGameClock(int i) =>
        IsNumber(i - 1) && _tokens[i - 1].Length == 2 && IsSymbol(i - 2, ':') && Attached(i - 1) && Attached(i - 2) && IsNumber(i - 3) &&
        (WordIsAny(i, _words.GameClockAfter) || (WordIsAny(i, _words.To) && WordIsAny(i + 1, _words.ToGo)));

    private bool IsWordOfAGame(int i)
    {
        if (!IsWord(i) || !_language.GameWordFilter.MayContain(TextOf(i)) || !_language.WordsOfAGame.TryGetValue(TextOf(i), out var kind))
        {
            return false;
        }

        return kind switch
        {
            GameWord.AfterCount => IsNumber(i - 1) || IsClass(i - 1, WordClass.Cardinal),
            GameWord.Contest => (WordIsAny(i - 1, _words.ContestDeterminers) || IsPossessiveS(i - 2)) &&
                                !WordIsAny(i + 1, _words.ContestWordsAsModifier),
            _ => true,
        };
    }

    /// <summary>"(the quarter) ended Sept. 30": the calendar quarter that holds most of the three months ending
    /// that day (its middle, some 45 days back: "ended July 31" is May to July, the second), when it resolves.</summary>
    private string? QuarterEndedOn(int k)
    {
        if (!WordIsAny(k, _words.EndedOrEnding) || MonthDate(k + 1) is not { Found: true } day ||
            !TimexValues.TryParseDay(day.Value, out var last) || last.Year < 2)
        {
            return null;
        }

        var middle = last.AddDays(-45);
        return TimexValues.Quarter(middle.Year, ((middle.Month - 1) / 3) + 1);
    }

    /// <summary>Christmas, Thanksgiving Day, Election Day, last Thanksgiving, Christmas 2022. US holidays,
    /// as US news names them; the year is stated, or the nearest that the clause's tense allows (past-leaning).</summary>
    private Match HolidayDate(int i)
    {
        var j = i;
        var lean = Lean.Nearest;
        if (Direction(j) is { } direction && IsClass(j + 1, WordClass.Holiday))
        {
            lean = direction < 0 ? Lean.Last : direction > 0 ? Lean.Next : Lean.This;
            j++;
        }

        if (!IsClass(j, WordClass.Holiday) || !_tokens[j].Capitalized)
        {
            return Match.None;
        }

        var holiday = (Holiday)_tokens[j].Value;
        var k = j + 1;
        if (holiday == Holiday.StPatrick)
        {
            // "St Patrick's Day", "St. Patrick's Day", "Saint Patrick's Day"; "St. Louis" names a city
            k = SkipAttachedPeriod(k);
            if (!WordIsAny(k, _words.Patrick) || !_tokens[k].Capitalized)
            {
                return Match.None;
            }

            k++;
        }

        var eve = false;
        var newYearAlone = false;
        if (holiday == Holiday.NewYear)
        {
            // "New Year's Day", "New Year's Eve", "over New Year's"; "the New Year" may be the year itself, and the
            // Lunar or Jewish New Year falls on another calendar's day
            if (!IsClass(k, WordClass.Unit) || _tokens[k].Value != (byte)TimeUnit.Year || !_tokens[k].Capitalized ||
                !IsApostrophe(k + 1) || WordIsAny(j - 1, _words.OtherNewYears))
            {
                return Match.None;
            }

            k = WordIsAny(k + 2, _words.Possessive) ? k + 3 : k + 2;
            eve = WordIsAny(k, _words.Eve);
            newYearAlone = !eve && !(IsUnit(k, TimeUnit.Day) && _tokens[k].Capitalized);
            k += eve ? 1 : 0;
        }
        else if (holiday is Holiday.Valentine or Holiday.Mothers or Holiday.Fathers or Holiday.Presidents or Holiday.StPatrick)
        {
            // "Valentine's Day", "Mother's Day", "Presidents' Day"
            k = IsApostrophe(k) ? WordIsAny(k + 1, _words.Possessive) ? k + 2 : k + 1 : k;
        }

        var day = IsUnit(k, TimeUnit.Day) && _tokens[k].Capitalized;
        if (NamedWeekday(holiday) is var weekday and > 0)
        {
            // the word alone is no day ("Black Sea", "Cyber Command", "Good Morning"): its weekday must follow
            if (!IsClass(k, WordClass.Weekday) || !_tokens[k].Capitalized || _tokens[k].Value != weekday)
            {
                return Match.None;
            }

            k++;
            if (holiday == Holiday.SuperTuesday)
            {
                // set by each primary calendar: no rule gives its day, "Super Tuesday 2024" only its year
                return TryYearNumber(k, out var year)
                    ? new Match(k + 1, TimexType.Date, TimexValues.Year(year) + UnknownDay[4..])
                    : new Match(k, TimexType.Date, UnknownDay);
            }
        }
        else if (holiday == Holiday.Easter && IsClass(k, WordClass.Weekday) && _tokens[k].Capitalized && _tokens[k].Value is 1 or 6 or 7)
        {
            // "Easter Sunday" is Easter; "Easter Saturday" the day before it (Holy Saturday), as the UK, Ireland,
            // Australia and New Zealand use the name, not the Saturday after
            holiday = _tokens[k].Value switch { 1 => Holiday.EasterMonday, 6 => Holiday.HolySaturday, _ => Holiday.Easter };
            k++;
        }
        else if (holiday == Holiday.Remembrance && IsClass(k, WordClass.Weekday) && _tokens[k].Capitalized && _tokens[k].Value == 7)
        {
            holiday = Holiday.RemembranceSunday;
            k++;
        }
        else if (holiday == Holiday.Bonfire)
        {
            // "Bonfire Night"; "a bonfire" or "Bonfire" alone is no day
            if (!IsClass(k, WordClass.PartOfDay) || _tokens[k].Value != (byte)PartOfDay.Night || !_tokens[k].Capitalized)
            {
                return Match.None;
            }

            k++;
        }
        else if (day)
        {
            k++;
        }
        else if (holiday == Holiday.Christmas && WordIsAny(k, _words.Eve))
        {
            eve = true;
            k++;
        }
        else if (!newYearAlone && !eve &&
                 holiday is not (Holiday.Christmas or Holiday.Thanksgiving or Holiday.Halloween or Holiday.Easter or Holiday.Juneteenth))
        {
            return Match.None; // "Election", "Labor", "Canada" alone are not days
        }

        if (NamesAnEvent(k))
        {
            return Match.None;
        }

        if (TryYearNumber(k, out var stated))
        {
            return HolidayIn(holiday, stated, eve) is { } fixedDay ? new Match(k + 1, TimexType.Date, TimexValues.Day(fixedDay)) : Match.None;
        }

        // "Stores open on Easter Saturday", "will host the Celtics on Christmas Day": the clause's tense, as for a
        // yearless date
        if (lean == Lean.Nearest)
        {
            lean = TenseLean(i, k);
        }

        if (_ref is not { } r)
        {
            // only the holidays on a fixed day of the month keep it without a year
            return HolidayIn(holiday, 2001, eve) is { } sample && holiday is Holiday.Christmas or Holiday.Halloween or
                       Holiday.Independence or Holiday.Veterans or Holiday.Valentine or Holiday.NewYear or Holiday.Boxing or
                       Holiday.Juneteenth or Holiday.Anzac or Holiday.Bastille or Holiday.Remembrance or Holiday.CanadaDay or
                       Holiday.AustraliaDay or Holiday.StPatrick or Holiday.Bonfire
                ? new Match(k, TimexType.Date, "XXXX" + TimexValues.Day(sample)[4..])
                : Match.None;
        }

        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var y = r.Year - 1; y <= r.Year + 1; y++)
        {
            if (HolidayIn(holiday, y, eve) is not { } candidate)
            {
                continue;
            }

            var distance = lean == Lean.This ? Math.Abs(y - r.Year) : Distance(candidate.DayNumber - r.DayNumber, lean);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        if (best is not { } b)
        {
            return Match.None;
        }

        // "as Easter week began", "Christmas week": the (ISO) week that holds the day
        return IsUnit(k, TimeUnit.Week) ? new Match(k + 1, TimexType.Date, TimexValues.Week(b)) : new Match(k, TimexType.Date, TimexValues.Day(b));
    }

    private static DateOnly? HolidayIn(Holiday holiday, int year, bool eve)
    {
        if (year is < 2 or > 9998)
        {
            return null;
        }

        return holiday switch
        {
            Holiday.Christmas => new DateOnly(year, 12, eve ? 24 : 25),
            Holiday.Halloween => new DateOnly(year, 10, 31),
            Holiday.Independence => new DateOnly(year, 7, 4),
            Holiday.Veterans => new DateOnly(year, 11, 11),
            Holiday.Valentine => new DateOnly(year, 2, 14),
            Holiday.NewYear => eve ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1),
            Holiday.Boxing => new DateOnly(year, 12, 26),
            Holiday.Juneteenth => new DateOnly(year, 6, 19),
            Holiday.Anzac => new DateOnly(year, 4, 25),
            Holiday.Bastille => new DateOnly(year, 7, 14),
            Holiday.Remembrance => new DateOnly(year, 11, 11),
            Holiday.CanadaDay => new DateOnly(year, 7, 1),
            Holiday.AustraliaDay => new DateOnly(year, 1, 26),
            Holiday.StPatrick => new DateOnly(year, 3, 17),
            Holiday.Bonfire => new DateOnly(year, 11, 5),
            Holiday.RemembranceSunday => NthWeekday(year, 11, DayOfWeek.Sunday, 2),
            Holiday.Columbus => NthWeekday(year, 10, DayOfWeek.Monday, 2),
            Holiday.Presidents => NthWeekday(year, 2, DayOfWeek.Monday, 3),
            Holiday.MartinLutherKing => NthWeekday(year, 1, DayOfWeek.Monday, 3),
            Holiday.Mothers => NthWeekday(year, 5, DayOfWeek.Sunday, 2),      // the US date; the UK's follows Easter
            Holiday.Fathers => NthWeekday(year, 6, DayOfWeek.Sunday, 3),
            Holiday.Thanksgiving => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
            Holiday.BlackFriday => NthWeekday(year, 11, DayOfWeek.Thursday, 4).AddDays(1),
            Holiday.CyberMonday => NthWeekday(year, 11, DayOfWeek.Thursday, 4).AddDays(4),
            Holiday.GivingTuesday => NthWeekday(year, 11, DayOfWeek.Thursday, 4).AddDays(5),
            Holiday.Labor => NthWeekday(year, 9, DayOfWeek.Monday, 1),
            Holiday.Memorial => NthWeekday(year, 6, DayOfWeek.Monday, 1).AddDays(-7), // the last Monday of May
            Holiday.Election => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),  // the Tuesday after the first Monday
            Holiday.Easter => Easter(year),
            Holiday.EasterMonday => Easter(year).AddDays(1),
            Holiday.HolySaturday => Easter(year).AddDays(-1),
            Holiday.GoodFriday => Easter(year).AddDays(-2),
            Holiday.PalmSunday => Easter(year).AddDays(-7),
            Holiday.AshWednesday => Easter(year).AddDays(-46),
            _ => null,
        };
    }

    /// <summary>Whether the holiday ending before token <paramref name="after"/> only names an event of some past year:
    /// "the Ash Wednesday fires" (1983), "the Good Friday agreement" (1998), "the Easter Rising" (1916), "the Christmas
    /// Day tsunami" (2004). A holiday before a noun of a one-off happening (a disaster, an act of violence, a pact) is
    /// the name news gives that happening, not a day of the report's year; before a noun of what recurs with the
    /// holiday ("the Good Friday service", "the Christmas holidays", "Black Friday sales") it stays the day.</summary>
    private bool NamesAnEvent(int after) => WordIsAny(after, _words.OneOffHappenings);

    /// <summary>The ISO weekday a holiday named by a word and a weekday must have ("Good Friday": 5), else 0.</summary>
    private static int NamedWeekday(Holiday holiday) => holiday switch
    {
        Holiday.CyberMonday => 1,
        Holiday.GivingTuesday or Holiday.SuperTuesday => 2,
        Holiday.AshWednesday => 3,
        Holiday.BlackFriday or Holiday.GoodFriday => 5,
        Holiday.PalmSunday => 7,
        _ => 0,
    };

    /// <summary>"the first Monday of December", "the last Friday of the month", "the second Tuesday in March 2027", "the
    /// first day of next month", "the last day of February": a day a month's calendar fixes. The month is named (in the
    /// year its clause gives), or "the month" / "this month" (the report's), or "next" / "last month".</summary>
    private Match NthDayOfMonth(int i)
    {
        if (!IsCue(i, Cue.The))
        {
            return Match.None;
        }

        var j = i + 1;
        int nth;
        if (IsClass(j, WordClass.Ordinal) && _tokens[j].Value is >= 1 and <= 5)
        {
            nth = _tokens[j].Value;
        }
        else if (IsCue(j, Cue.Last))
        {
            nth = -1;
        }
        else
        {
            return Match.None;
        }

        var weekday = IsClass(j + 1, WordClass.Weekday) && _tokens[j + 1].Capitalized ? _tokens[j + 1].Value : 0;
        if ((weekday == 0 && !IsUnit(j + 1, TimeUnit.Day)) || !(IsCue(j + 2, Cue.Of) || IsCue(j + 2, Cue.In)))
        {
            return Match.None;
        }

        var k = j + 3;
        int year, month, end;
        if (IsClass(k, WordClass.Month) || IsClass(k, WordClass.MonthAbbrev))
        {
            if (MonthDate(k) is not { Found: true } named || named.Value.Length != 7 || !TimexValues.TryParseMonth(named.Value, out year, out month))
            {
                return Match.None; // "the first Monday of December 5" is no such day
            }

            end = named.End;
        }
        else if (_ref is { } r && IsUnit(k + 1, TimeUnit.Month) && (IsCue(k, Cue.The) || Direction(k) is not null))
        {
            var shift = IsCue(k, Cue.The) ? 0 : Direction(k)!.Value;
            var first = new DateOnly(r.Year, r.Month, 1);
            if ((shift < 0 && first.Year == 1 && first.Month == 1) || (shift > 0 && first.Year == 9999 && first.Month == 12))
            {
                return Match.None;
            }

            (year, month, end) = (first.AddMonths(shift).Year, first.AddMonths(shift).Month, k + 2);
        }
        else
        {
            return Match.None; // "the last day of the trial", "the first Monday of the term": no month's calendar
        }

        var days = DateTime.DaysInMonth(year, month);
        DateOnly day;
        if (weekday == 0)
        {
            if (nth > days)
            {
                return Match.None;
            }

            day = new DateOnly(year, month, nth > 0 ? nth : days);
        }
        else
        {
            // the month's first such weekday, then whole weeks on within the month (no fifth Monday in most months)
            var first = NthWeekday(year, month, (DayOfWeek)(weekday % 7), 1); // ISO 7 is Sunday, DayOfWeek 0
            var weeksLeft = (days - first.Day) / 7;
            if (nth > 0 && nth - 1 > weeksLeft)
            {
                return Match.None;
            }

            day = first.AddDays(7 * (nth > 0 ? nth - 1 : weeksLeft));
        }

        return new Match(end, TimexType.Date, TimexValues.Day(day));
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    /// <summary>Western Easter, by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>summer 2022, the summer of 1994, this summer, last fall, in spring.</summary>
    private Match SeasonDate(int i)
    {
        var j = i;
        var the = false;
        var lean = Lean.Nearest;
        if (IsCue(j, Cue.The))
        {
            the = true;
            j++;
        }

        if (!the)
        {
            if (IsCue(j, Cue.This) && IsCue(j + 1, Cue.Past))
            {
                lean = Lean.Last;
                j += 2;
            }
            else if (IsCue(j, Cue.Last) || IsCue(j, Cue.Past) || IsCue(j, Cue.Next) || IsCue(j, Cue.This) || IsCue(j, Cue.Coming))
            {
                lean = IsCue(j, Cue.Last) || IsCue(j, Cue.Past) ? Lean.Last : IsCue(j, Cue.This) ? Lean.This : Lean.Next;
                j++;
            }
        }

        if (!IsClass(j, WordClass.Season))
        {
            return Match.None;
        }

        var season = _tokens[j].Value;
        var k = j + 1;
        if (IsCue(k, Cue.Of) && TryYearNumber(k + 1, out var year))
        {
            return new Match(k + 2, TimexType.Date, TimexValues.Year(year) + "-" + SeasonCodes[season]);
        }

        if (IsCue(k, Cue.Of) && TrySpokenYear(k + 1, out year, out var spokenEnd))
        {
            return new Match(spokenEnd, TimexType.Date, TimexValues.Year(year) + "-" + SeasonCodes[season]); // "the winter of nineteen ninety-four"
        }

        if (TryYearNumber(k, out year))
        {
            return new Match(k + 1, TimexType.Date, TimexValues.Year(year) + "-" + SeasonCodes[season]);
        }

        // "the fall of Rome", "the spring in his step", "summer jobs": the noun, not the season.
        if (((IsCue(k, Cue.Of) || IsCue(k, Cue.In)) && (the || lean == Lean.Nearest)) ||
            (IsWord(k) && _tokens[k].Class == WordClass.None && !_tokens[k].Capitalized && !the && lean == Lean.Nearest))
        {
            return Match.None;
        }

        if (!the && lean == Lean.Nearest)
        {
            var before = i - 1;
            var placed = InRange(before) && (_tokens[before].Class == WordClass.Preposition || IsCue(before, Cue.In) ||
                                            IsCue(before, Cue.Early) || IsCue(before, Cue.Late) || IsCue(before, Cue.Mid));
            if (!placed || season == (byte)Season.Fall || season == (byte)Season.Spring)
            {
                return Match.None;
            }
        }

        if (the && season == (byte)Season.Fall && !(IsSymbol(k, '.') || IsSymbol(k, ',') || !InRange(k)))
        {
            return Match.None;
        }

        if (the && WordIsAny(k, _words.SeasonCompounds))
        {
            return Match.None; // "the winter storm", "the Summer Games": a kind of storm, the games
        }

        if (lean == Lean.Nearest)
        {
            lean = TenseLean(i, k); // the season the clause speaks of: a past one, or one to come
        }

        return new Match(k, TimexType.Date, YearlessSeason(season, lean));
    }
}
