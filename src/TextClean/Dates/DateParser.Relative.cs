using System.Buffers;

namespace TextClean.Dates;

/// <summary>Expressions relative to the reference, modifiers, times of day, durations, sets.</summary>
internal sealed partial class DateParser
{
    /// <summary>-1 for last/past/previous, +1 for next/coming/following, 0 for this/current; null otherwise.</summary>
    private int? Direction(int i)
    {
        if (!InRange(i) || _tokens[i].Class != WordClass.Cue)
        {
            return null;
        }

        return (Cue)_tokens[i].Value switch
        {
            Cue.Last or Cue.Past or Cue.Previous => -1,
            Cue.Next or Cue.Coming or Cue.Following => 1,
            Cue.This or Cue.Current => 0,
            _ => null,
        };
    }

    /// <summary>"that year", "later that year", "earlier that day", "that same day", "the same day", "later in the
    /// day": anaphora anchored on a date the text named before (nothing when it named none; a day's anaphora only
    /// reaches back to the paragraph before, see <see cref="DayAnchor"/>).</summary>
    private Match ThatAnaphora(int i)
    {
        var j = IsCue(i, Cue.Earlier) || IsCue(i, Cue.Later) ? i + 1 : i;

        // "later in the day", "earlier in the day": the day the story is telling, else the report's
        if (j > i && IsCue(j, Cue.In) && IsCue(j + 1, Cue.The) && IsUnit(j + 2, TimeUnit.Day))
        {
            var anchor = DayAnchor(i);
            return anchor is null ? new Match(j + 3, TimexType.Date, DayOrUnknown(_ref), Anaphoric: true)
                : anchor.Length > 0 ? new Match(j + 3, TimexType.Date, anchor, Anaphoric: true) : Match.None;
        }

        // "the same day" (not "the same day as the vote", anchored on the vote, nor "the same day of the week")
        if (j == i && IsCue(i, Cue.The) && IsCue(i + 1, Cue.Same) && IsUnit(i + 2, TimeUnit.Day) && !WordIsAny(i + 3, _words.As) &&
            !IsCue(i + 3, Cue.Of))
        {
            return DayAnchor(i) is { Length: > 0 } day ? new Match(i + 3, TimexType.Date, day, Anaphoric: true) : Match.None;
        }

        if (!IsThat(j))
        {
            return Match.None;
        }

        var same = IsCue(j + 1, Cue.Same);
        var k = same ? j + 2 : j + 1;

        // "That night he escaped", "later that evening", "that same morning": that part of the day the text last named
        if (IsClass(k, WordClass.PartOfDay) && (j > i || same || IsDemonstrativeBeforePartOfDay(j, k)))
        {
            return DayAnchor(i, dayOnly: true) is { Length: > 0 } day
                ? new Match(k + 1, TimexType.Time, WithPartOfDay(day, _tokens[k].Value), Anaphoric: true)
                : Match.None;
        }

        if (IsUnit(k, TimeUnit.Year) && _lastMonth is var (year, _))
        {
            return new Match(k + 1, TimexType.Date, TimexValues.Year(year), Anaphoric: true);
        }

        // a bare "that day" only after a day: after a month or a year it is as often a day of its own ("on days when
        // prices tumble, trades made that day"), where "that same day" and "later that day" still point back
        return IsUnit(k, TimeUnit.Day) && DayAnchor(i, dayOnly: !same && j == i) is { Length: > 0 } anchored
            ? new Match(k + 1, TimexType.Date, anchored, Anaphoric: true)
            : Match.None;
    }

    /// <summary>Whether "that" (token <paramref name="that"/>) before the part of the day at <paramref name="part"/> points
    /// at a time ("That night he escaped", "arrested that night.") rather than joining a clause to a noun the part of the
    /// day describes ("said that morning traffic was heavy", "that evening classes"): it opens the sentence, or the part of
    /// the day ends a phrase (punctuation, the end, a pronoun or a name after it).</summary>
    private bool IsDemonstrativeBeforePartOfDay(int that, int part)
    {
        if (StartsSentence(that))
        {
            return true;
        }

        var next = part + 1;
        return !IsWord(next) || _tokens[next].BreakBefore || _tokens[next].Capitalized || WordIsAny(next, _words.SubjectPronouns);
    }

    /// <summary>What "that day" at token <paramref name="i"/> refers to: the last date named before it in its
    /// paragraph or the one before, as a day (2023-09-12; a month's day unknown, 2023-09-XX; a year's, 2023-XX-XX);
    /// "" when that date is a week, quarter or season, whose day no value can tell (or, <paramref name="dayOnly"/>, is no
    /// day); null when none is in reach.</summary>
    private string? DayAnchor(int i, bool dayOnly = false)
    {
        if (_dayAnchor is not { } anchor || !InReachOfDayAnchor(_tokens[i].Start))
        {
            return null;
        }

        if (dayOnly && anchor.Length != 10)
        {
            return "";
        }

        return anchor.Length switch
        {
            4 => anchor + "-XX-XX",
            7 => anchor + "-XX",
            _ => anchor,
        };
    }

    /// <summary>Whether text position <paramref name="position"/> (after the anchor) lies in the anchor's paragraph or
    /// the next: fewer than two line breaks between them. The text after the anchor is scanned once however many
    /// anaphora ask (<see cref="_dayAnchorScanned"/>), so the scan stays linear.</summary>
    private bool InReachOfDayAnchor(int position)
    {
        if (position > _dayAnchorScanned && _dayAnchorBreaks < 2)
        {
            var text = _text.Span;
            var from = _dayAnchorScanned;
            while (text[from..position].IndexOfAny(LineBreaks) is >= 0 and var found)
            {
                var at = from + found;
                // a run of line breaks and blanks is one boundary ("\r\n", a blank line)
                if ((_dayAnchorLastBreak < 0 || !text[(_dayAnchorLastBreak + 1)..at].IsWhiteSpace()) && ++_dayAnchorBreaks == 2)
                {
                    _dayAnchorReachEnd = at;
                    break;
                }

                _dayAnchorLastBreak = at;
                from = at + 1;
            }

            _dayAnchorScanned = position;
        }

        return position < _dayAnchorReachEnd;
    }

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>Remembers a date a later "that day" may refer to (<see cref="DayAnchor"/>), and where it ends.</summary>
    private void NoteDayAnchor(Match match, int end)
    {
        var v = match.Value;
        string? anchor;
        if (match.Type == TimexType.Time)
        {
            anchor = v.Length > 10 && v[4] == '-' && v[7] == '-' && v[10] == 'T' ? v[..10] : null; // "Tuesday morning": its day
        }
        else if (match.Type != TimexType.Date || match.Anaphoric || v.Length < 4 || !char.IsAsciiDigit(v[0]) ||
                 !char.IsAsciiDigit(v[3]))
        {
            anchor = null; // PRESENT_REF, XXXX-09, the 1990s: no time a day lies in
        }
        else
        {
            var month = v.Length == 7 && v[4] == '-' && char.IsAsciiDigit(v[5]);
            var day = v.Length == 10 && v[4] == '-' && v[7] == '-';
            anchor = v.Length == 4 || month || day ? v : ""; // a week, quarter or season: in reach, but no day to give
        }

        if (anchor is null)
        {
            return;
        }

        _dayAnchor = anchor;
        _dayAnchorScanned = end;
        _dayAnchorBreaks = 0;
        _dayAnchorLastBreak = -1;
        _dayAnchorReachEnd = int.MaxValue;
    }

    /// <summary>The most tokens between "this" and its unit and the "as" or "than" of a comparison ("this year as",
    /// "higher this week than", "more this quarter, he said, than").</summary>
    private const int LongestComparedPhrase = 10;

    /// <summary>The unit a bare "last" at <paramref name="last"/> stands for when it ends a comparison whose first
    /// term is "this" and a unit: "twice as high this year as last", "more this week than last" ("last" alone is the
    /// previous year or week). Null elsewhere: "last" needs its unit named just before "as" or "than".</summary>
    private TimeUnit? ElidedUnitOfLast(int last)
    {
        var compared = last - 1;
        if (!WordIsAny(compared, _words.Comparison) || !IsSentenceEnd(last + 1))
        {
            return null;
        }

        for (var k = compared - 1; k > 0 && k >= compared - LongestComparedPhrase; k--)
        {
            if (IsSentenceBoundary(k + 1))
            {
                return null;
            }

            if (IsClass(k, WordClass.Unit) && IsCue(k - 1, Cue.This) && (TimeUnit)_tokens[k].Value is not
                    (TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day))
            {
                return (TimeUnit)_tokens[k].Value;
            }
        }

        return null;
    }

    /// <summary>The year or month <paramref name="offset"/> units from the last one the text named.</summary>
    private string? AfterLastDate(TimeUnit unit, int offset)
    {
        if (_lastMonth is not var (year, month))
        {
            return null;
        }

        if (unit == TimeUnit.Year)
        {
            return year + offset is >= 1 and <= 9999 ? TimexValues.Year(year + offset) : null;
        }

        // "The war ended in 1945. The following decade…": the 1950s
        if (unit == TimeUnit.Decade)
        {
            return (year / 10) + offset is >= 0 and <= 999 ? TimexValues.Decade((year / 10) + offset) : null;
        }

        if (unit != TimeUnit.Month || month == 0)
        {
            return null;
        }

        var index = (year * 12) + (month - 1) + offset;
        return index / 12 is >= 1 and <= 9999
            ? TimexValues.Year(index / 12) + "-" + ((index % 12) + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsUnit(int i, TimeUnit unit) => IsClass(i, WordClass.Unit) && _tokens[i].Value == (byte)unit;

    /// <summary>"the day before last Tuesday's hearing", "the day after tomorrow", "a day after Christmas": one day
    /// off a day the text names, unresolved (XXXX-XX-XX) when that day is, or when the calendar ends there.</summary>
    /// <remarks>The day named must be a plain one: "the day after the day after tomorrow" is left to its last
    /// link, so a chain of them costs no recursion, and the extractor stays linear whatever the text.</remarks>
    private Match DayBeforeOrAfter(int i)
    {
        if (!(IsCue(i, Cue.The) || IsCue(i, Cue.A)) || !StartsDayBeforeOrAfter(i + 1) || StartsDayBeforeOrAfter(ArticleSkipped(i + 3)) ||
            DateCore(i + 3) is not { Found: true, Type: TimexType.Date } anchor || !IsDayValue(anchor.Value))
        {
            return Match.None;
        }

        var shifted = TimexValues.TryParseDay(anchor.Value, out var anchorDay)
            ? PlusDays(anchorDay, IsCue(i + 2, Cue.Before) ? -1 : 1)
            : null;
        return new Match(anchor.End, TimexType.Date, DayOrUnknown(shifted));
    }

    private bool StartsDayBeforeOrAfter(int i) => IsUnit(i, TimeUnit.Day) && (IsCue(i + 1, Cue.Before) || IsCue(i + 1, Cue.After));

    private int ArticleSkipped(int i) => IsCue(i, Cue.The) || IsCue(i, Cue.A) ? i + 1 : i;

    /// <summary>A value naming one day, resolved or not: 2023-09-12, XXXX-12-31, XXXX-XX-XX, XXXX-WXX-2.</summary>
    private static bool IsDayValue(string value) =>
        (value.Length == 10 && value[4] == '-' && value[7] == '-') || value.StartsWith("XXXX-WXX-", StringComparison.Ordinal);

    /// <summary>last month, next week, this year, last July, next Friday, two years ago, a year earlier,
    /// the year-earlier quarter, the latest quarter, recent years, the coming months, the weekend.</summary>
    private Match Relative(int i)
    {
        if (ThatAnaphora(i) is { Found: true } anaphora)
        {
            return anaphora;
        }

        var the = IsCue(i, Cue.The);
        var j = the ? i + 1 : i;
        if (!InRange(j))
        {
            return Match.None;
        }

        if (Direction(j) is { } direction)
        {
            var k = j + 1;
            if (direction == 0 && IsCue(j, Cue.This) && IsCue(k, Cue.Past))
            {
                direction = -1; // "this past week"
                k++;
            }
            else if (direction == 0 && IsCue(j, Cue.This) && IsCue(k, Cue.Coming))
            {
                direction = 1; // "this coming Tuesday", "this coming weekend": the one ahead, as "coming" alone
                j = k;
                k++;
            }

            // "last season", "next season", "this season": a season of play (a league's, a show's, a parliament's),
            // which keeps no calendar (a football season runs August to May, a cricket season by hemisphere), so
            // TIMEX3's fuzzy past, present or future. "this season of goodwill" is a time of year, and no mention
            if (IsCue(k, Cue.PlaySeason) && !IsCue(k + 1, Cue.Of))
            {
                return new Match(k + 1, TimexType.Date, direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF");
            }

            // "the next", "the following", "the previous" count from the last day the text named; "the past" and "the
            // last" count back from the report
            var offTheLastDay = the && direction != 0 && !IsCue(j, Cue.Past) && !IsCue(j, Cue.Last);

            // "appeared in court the next morning", "the previous night": that part of the day after (before) the last
            // day the text named, else the report's day
            if (offTheLastDay && IsClass(k, WordClass.PartOfDay))
            {
                var from = TimexValues.TryParseDay(_lastDay, out var lastNamedDay) ? lastNamedDay : _ref;
                return new Match(k + 1, TimexType.Time, WithPartOfDay(DayOrUnknown(PlusDays(from, direction)), _tokens[k].Value), Anaphoric: true);
            }

            if (IsClass(k, WordClass.Unit))
            {
                // ABC's "This Week": a title in mid-sentence, not the week
                if (_tokens[k].Capitalized && _tokens[j].Capitalized && !StartsSentence(j))
                {
                    return Match.None;
                }

                var unit = (TimeUnit)_tokens[k].Value;
                if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour || (unit == TimeUnit.Day && direction == 0))
                {
                    return Match.None;
                }

                // "the past decade", "the past century": the ten or hundred years up to now, as "the past two decades"
                // are twenty (TimeBank: "over the past decade" P10Y); "the last decade" stays the calendar's, as "last
                // year" does
                if (unit is TimeUnit.Decade or TimeUnit.Century && IsCue(k - 1, Cue.Past))
                {
                    return new Match(k + 1, TimexType.Duration, DurationValue(1, unit));
                }

                // "the past fortnight", "over the next fortnight": two weeks up to now or from now, which no one calendar
                // week is ("a fortnight ago" names the week two weeks back)
                if (unit == TimeUnit.Fortnight && direction != 0)
                {
                    return new Match(k + 1, TimexType.Duration, DurationValue(1, unit));
                }

                // "the following year", "the previous month": anaphora, anchored on the last date the text named
                if (the && (IsCue(j, Cue.Following) || IsCue(j, Cue.Previous)) && AfterLastDate(unit, direction) is { } anaphoric)
                {
                    return new Match(k + 1, TimexType.Date, anaphoric, Anaphoric: true);
                }

                // "arrested on Oct. 3; the next day he was freed": a day off the last day the text named
                if (offTheLastDay && unit == TimeUnit.Day && TimexValues.TryParseDay(_lastDay, out var lastDay))
                {
                    return new Match(k + 1, TimexType.Date, DayOrUnknown(PlusDays(lastDay, direction)), Anaphoric: true);
                }

                if (unit == TimeUnit.Year && PartOfRelativeYear(k + 1, direction) is { Found: true } part)
                {
                    return part;
                }

                // "This quarter's loss includes charges" in a report on a quarter just ended: results are only told
                // of a quarter that is over, so it is the quarter the report leads with, not the calendar's current one
                // (only the quarter just ended: a report on one further back is history, and "this" the calendar's)
                if (unit == TimeUnit.Quarter && direction == 0 && !the && _lastQuarter is { } reported && IsQuarterJustEnded(reported) &&
                    IsPossessiveS(k + 1) && WordIsAny(k + 3, _words.ReportedResults))
                {
                    return new Match(k + 1, TimexType.Date, TimexValues.Quarter(reported.Year, reported.Quarter));
                }

                // "the last week of March", "the last day of the trial": the end of a period, not the unit before the report's
                if ((the || IsCue(j - 1, Cue.The)) && IsCue(j, Cue.Last) && IsCue(k + 1, Cue.Of))
                {
                    return Match.None;
                }

                // "the past week", "the last week": the seven days up to the report, named by the calendar week that
                // holds most of them (the report's own from a Thursday on); "last week" is the calendar's week before
                if (unit == TimeUnit.Week && the && (IsCue(j, Cue.Past) || IsCue(j, Cue.Last)) &&
                    _ref is { } reference && PlusDays(reference, -3) is { } midweek)
                {
                    return new Match(k + 1, TimexType.Date, TimexValues.Week(midweek));
                }

                // "the coming weekend": the next one to come, this week's until Friday ("next weekend" is the week after's)
                var shifted = unit == TimeUnit.Weekend && direction == 0 ? ThisWeekend(i, k + 1)
                    : unit == TimeUnit.Weekend && IsCue(j, Cue.Coming) && _ref is { } today
                        ? PlusDays(today, IsoWeekday(today) <= 5 ? 0 : 7) is { } inWeek ? TimexValues.Week(inWeek) + "-WE" : null
                    : Shifted(unit, direction);
                return shifted is { } value ? new Match(k + 1, TimexType.Date, value) : Match.None;
            }

            var lean = direction < 0 ? Lean.Last : direction > 0 ? Lean.Next : Lean.This;
            if (TryMonthName(k, out var month, out var monthEnd) && !the)
            {
                // "crashed last February", "last Feb. 27" written in March: the month just ended is "last month" in
                // news, so "last" with its name reaches a year further back ("this past February" is the one just gone)
                var yearBack = IsCue(j, Cue.Last) ? YearOfLastMonthJustEnded(month) : 0;
                var hasDay = TryDay(monthEnd, out var day, out var dayEnd);

                // "last Feb. 27, 1996", "this Feb. 27, 1998": the year written out wins over the one the word points to
                if (hasDay && TryTrailingYear(dayEnd, out var writtenYear, out var writtenEnd))
                {
                    return day <= DateTime.DaysInMonth(writtenYear, month)
                        ? new Match(writtenEnd, TimexType.Date, TimexValues.Day(writtenYear, month, day))
                        : Match.None;
                }

                if (hasDay && lean != Lean.This)
                {
                    if (yearBack > 0 && day <= DateTime.DaysInMonth(yearBack, month))
                    {
                        return new Match(dayEnd, TimexType.Date, TimexValues.Day(yearBack, month, day));
                    }

                    if (YearlessDay(month, day, 0, lean == Lean.Last ? Lean.Past : Lean.Future) is { } dayValue)
                    {
                        return new Match(dayEnd, TimexType.Date, dayValue);
                    }
                }

                if (TryTrailingYear(monthEnd, out var monthYear, out var monthYearEnd))
                {
                    return new Match(monthYearEnd, TimexType.Date, TimexValues.Month(monthYear, month)); // "last May 1996"
                }

                return new Match(monthEnd, TimexType.Date, yearBack > 0 ? TimexValues.Month(yearBack, month) : YearlessMonth(month, lean));
            }

            // "the previous Friday", "the following Monday": anaphora, the weekday next to the last day the text named
            if (IsClass(k, WordClass.Weekday) && (IsCue(j, Cue.Previous) || IsCue(j, Cue.Following)) &&
                TimexValues.TryParseDay(_lastDay, out var named))
            {
                var delta = _tokens[k].Value - IsoWeekday(named);
                var days = direction < 0 ? (delta < 0 ? delta : delta - 7) : (delta > 0 ? delta : delta + 7);
                return new Match(k + 1, TimexType.Date, DayOrUnknown(PlusDays(named, days)), Anaphoric: true);
            }

            if (IsClass(k, WordClass.Weekday) && !the)
            {
                // "will meet this Thursday" written on a Saturday: the Thursday ahead, not the gone one of the
                // report's week
                if (lean == Lean.This && SpeaksOfFuture(i, k + 1))
                {
                    lean = Lean.Future;
                }

                var value = WeekdayValue(_tokens[k].Value, lean);
                return IsClass(k + 1, WordClass.PartOfDay)
                    ? new Match(k + 2, TimexType.Time, WithPartOfDay(value, _tokens[k + 1].Value))
                    : new Match(k + 1, TimexType.Date, value);
            }

            if (IsClass(k, WordClass.UnitPlural) && (IsCue(j, Cue.Coming) || IsCue(j, Cue.Next)) && the)
            {
                return new Match(k + 1, TimexType.Duration, DurationValue(-1, (TimeUnit)_tokens[k].Value));
            }

            if (IsCue(j, Cue.Coming) && IsClass(k, WordClass.UnitPlural))
            {
                return new Match(k + 1, TimexType.Duration, DurationValue(-1, (TimeUnit)_tokens[k].Value));
            }

            if (!the && IsCue(j, Cue.Last) && ElidedUnitOfLast(j) is { } elided && Shifted(elided, -1) is { } previous)
            {
                return new Match(j + 1, TimexType.Date, previous);
            }

            return Match.None;
        }

        // "in the weeks ahead": some weeks to come, as "the coming weeks" are
        if (the && IsClass(j, WordClass.UnitPlural) && IsCue(j + 1, Cue.Ahead))
        {
            return new Match(j + 2, TimexType.Duration, DurationValue(-1, (TimeUnit)_tokens[j].Value));
        }

        // recent years, recent weeks and months
        if (IsCue(j, Cue.Recent) && IsClass(j + 1, WordClass.UnitPlural))
        {
            var end = j + 2;
            if (IsCue(end, Cue.And) && IsClass(end + 1, WordClass.UnitPlural))
            {
                end += 2;
            }

            // "recent years" is the vague past; "recent weeks" a span of some weeks (as TimeBank reads them)
            return end == j + 2 && !IsUnit(j + 1, TimeUnit.Year) && _tokens[j + 1].Value != (byte)TimeUnit.Year
                ? new Match(end, TimexType.Duration, DurationValue(-1, (TimeUnit)_tokens[j + 1].Value))
                : new Match(end, TimexType.Date, "PAST_REF");
        }

        // the latest quarter, the most recent quarter, the latest period
        if (the && (IsCue(j, Cue.Latest) || (IsCue(j, Cue.Most) && IsCue(j + 1, Cue.Recent))))
        {
            var k = IsCue(j, Cue.Latest) ? j + 1 : j + 2;
            // "the latest period of unrest" is a stretch of something, not the period a report covers
            if (IsUnit(k, TimeUnit.Quarter) || (IsCue(k, Cue.Period) && !IsCue(k + 1, Cue.Of)))
            {
                return new Match(k + 1, TimexType.Date, CurrentQuarter(), Anaphoric: true);
            }

            return Match.None;
        }

        // "the quarter a year ago", "the corresponding period last year": the period under discussion, a year before
        if (the && (IsCue(j, Cue.Same) || IsCue(j, Cue.Comparable) ? j + 1 : j) is var periodAt &&
            (IsUnit(periodAt, TimeUnit.Quarter) || IsCue(periodAt, Cue.Period)) && YearEarlierTail(periodAt + 1) is > 0 and var tailEnd)
        {
            return new Match(tailEnd, TimexType.Date, YearEarlier(i, quarterNamed: IsUnit(periodAt, TimeUnit.Quarter)), Anaphoric: true);
        }

        // the quarter; the weekend
        if (the && IsUnit(j, TimeUnit.Quarter) && !IsCue(j + 1, Cue.Of) && !IsHyphen(j + 1))
        {
            return QuarterEndedOn(j + 1) is { } ended
                ? new Match(j + 1, TimexType.Date, ended)
                : new Match(j + 1, TimexType.Date, CurrentQuarter(), Anaphoric: true);
        }

        // "a hearing the week of March 6": the (ISO) week that holds the day
        if (the && IsUnit(j, TimeUnit.Week) && IsCue(j + 1, Cue.Of) && MonthDate(j + 2) is { Found: true } weekOf &&
            TimexValues.TryParseDay(weekOf.Value, out var dayOf))
        {
            return new Match(weekOf.End, TimexType.Date, TimexValues.Week(dayOf));
        }

        // "today is the eighth day of Desert Shield", "it's the second day of an offensive": the day of the report
        // ("Monday is the first day of the summit" is Monday's)
        if (the && IsClass(j, WordClass.Ordinal) && IsUnit(j + 1, TimeUnit.Day) && IsCue(j + 2, Cue.Of) &&
            ((WordIsAny(i - 1, _words.Is) && IsReportDaySubject(i - 2)) ||
             (IsPossessiveS(i - 2) && IsReportDaySubject(i - 3))))
        {
            return new Match(j + 2, TimexType.Date, DayOrUnknown(_ref));
        }

        if (DayBeforeOrAfter(i) is { Found: true } dayOff)
        {
            return dayOff;
        }

        if (the && IsUnit(j, TimeUnit.Weekend))
        {
            // "the weekend of Sept. 9-10": the weekend of the (ISO) week that holds the day, as "the week of" reads it
            // ("the weekend of 5-6 December": the day that names the month)
            var dayOfWeekend = IsNumber(j + 2) && IsHyphen(j + 3) && Attached(j + 3) && IsNumber(j + 4) ? j + 4 : j + 2;
            if (IsCue(j + 1, Cue.Of) && MonthDate(dayOfWeekend) is { Found: true } weekendOf &&
                TimexValues.TryParseDay(weekendOf.Value, out var dayIn))
            {
                return new Match(weekendOf.End, TimexType.Date, TimexValues.Week(dayIn) + "-WE");
            }

            // "the weekend ahead": the word that says which weekend is part of the mention
            return ThisWeekend(i, j + 1) is { } weekend ? new Match(IsCue(j + 1, Cue.Ahead) ? j + 2 : j + 1, TimexType.Date, weekend) : Match.None;
        }

        // (a) year-earlier, year-ago (quarter|period), year-end
        if (IsCue(j, Cue.A) && IsUnit(j + 1, TimeUnit.Year) && IsHyphen(j + 2))
        {
            j++;
        }

        if (IsUnit(j, TimeUnit.Year) && IsHyphen(j + 1) && Attached(j + 1) && Attached(j + 2))
        {
            if (IsCue(j + 2, Cue.Earlier) || IsCue(j + 2, Cue.Ago))
            {
                var k = j + 3;

                // "the year-earlier nine months", "the year-ago 12 weeks": a span as long as the report's own, a year
                // back; the count of months or weeks is its value, as for "the nine months" ("first" may lead)
                var spanAt = IsClass(k, WordClass.Ordinal) && TryCount(k + 1, out _, out _) ? k + 1 : k;
                if (TryCount(spanAt, out var spanCount, out var spanUnit) && spanCount > 1 && InRange(spanUnit) &&
                    _tokens[spanUnit].Class == WordClass.UnitPlural &&
                    (TimeUnit)_tokens[spanUnit].Value is TimeUnit.Month or TimeUnit.Week)
                {
                    return new Match(spanUnit + 1, TimexType.Duration, DurationValue(spanCount, (TimeUnit)_tokens[spanUnit].Value));
                }

                if (IsClass(k, WordClass.Ordinal) && IsUnit(k + 1, TimeUnit.Quarter))
                {
                    k++;
                }

                var quarterNamed = IsUnit(k, TimeUnit.Quarter);
                if (quarterNamed || IsCue(k, Cue.Period))
                {
                    k++;
                }

                return new Match(k, TimexType.Date, YearEarlier(i, quarterNamed), Anaphoric: true);
            }

            if (IsCue(j + 2, Cue.End) && !the)
            {
                return new Match(j + 3, TimexType.Date, YearEnd(i));
            }
        }

        // year end, year's end, the full year
        if (!the && IsUnit(j, TimeUnit.Year) && (IsCue(j + 1, Cue.End) || (IsApostrophe(j + 1) && WordIsAny(j + 2, _words.Possessive) && IsCue(j + 3, Cue.End))))
        {
            return new Match(IsCue(j + 1, Cue.End) ? j + 2 : j + 4, TimexType.Date, YearEnd(i));
        }

        if (the && IsCue(j, Cue.Full) && IsUnit(j + 1, TimeUnit.Year))
        {
            return new Match(j + 2, TimexType.Date, Shifted(TimeUnit.Year, 0) ?? "XXXX");
        }

        // years ago, months ago: some time back
        if (!the && IsClass(j, WordClass.UnitPlural) && IsCue(j + 1, Cue.Ago) && !IsNumber(j - 1) && !IsClass(j - 1, WordClass.Cardinal))
        {
            return new Match(j + 2, TimexType.Date, "PAST_REF");
        }

        // "2h ago", "45m ago", "3d ago": a live blog's time stamps, the unit a letter on the number
        if (!the && IsNumber(j) && IsPlainNumber(j) && Attached(j + 1) && IsCue(j + 2, Cue.Ago) && LetterUnit(j + 1) is { } letterUnit)
        {
            var back = -_tokens[j].Number;
            return letterUnit is TimeUnit.Minute or TimeUnit.Hour
                ? new Match(j + 3, TimexType.Time, ClockShifted(letterUnit, back))
                : Shifted(letterUnit, back) is { } day ? new Match(j + 3, TimexType.Date, day) : Match.None;
        }

        // two years ago, a year earlier, three weeks later, two days from now
        if (!the && TryCount(j, out var count, out var unitAt) && InRange(unitAt) &&
            _tokens[unitAt].Class is WordClass.Unit or WordClass.UnitPlural)
        {
            var unit = (TimeUnit)_tokens[unitAt].Value;
            var k = unitAt + 1;

            // "1 hour 20 minutes ago", "3 years and 6 months ago", "2 hours 30 minutes from now": one point, counted
            // in the smaller unit
            if (FinerPart(k, count, unit) is { } finer && (IsCue(finer.End, Cue.Ago) || IsFromNow(finer.End)) &&
                PointBack(unit, count, finer.Count, finer.Unit, IsCue(finer.End, Cue.Ago) ? -1 : 1) is { } point)
            {
                return new Match(finer.End + (IsCue(finer.End, Cue.Ago) ? 1 : 2), point.Type, point.Value);
            }

            // "a week or so ago": the approximation leaves the value alone
            if (WordIsAny(k, _words.Or) && WordIsAny(k + 1, _words.So) && (IsCue(k + 2, Cue.Ago) || IsCue(k + 2, Cue.Earlier) || IsCue(k + 2, Cue.Later)))
            {
                k += 2;
            }

            // "two weeks from today", "a week from Friday", "three days from tomorrow": that many on from the day named
            if (IsCue(k, Cue.From) && count > 0 && DayCountedFrom(k + 1) is { } from && CountedOn(from, unit, count) is { } reached)
            {
                return new Match(k + 2, TimexType.Date, TimexValues.Day(reached));
            }

            int sign;
            if (IsCue(k, Cue.Ago) || IsCue(k, Cue.Earlier) || IsCue(k, Cue.Before))
            {
                sign = -1;
                k++;
            }
            else if (IsCue(k, Cue.Later) || IsCue(k, Cue.Ahead) || (IsCue(k, Cue.From) && WordIsAny(k + 1, _words.Now)))
            {
                sign = 1;
                k += IsCue(k, Cue.From) ? 2 : 1;
            }
            else
            {
                return Match.None;
            }

            if ((IsCue(k - 1, Cue.Before) && !IsSentenceEnd(k)) || (IsCue(k - 1, Cue.Ahead) && IsCue(k, Cue.Of)))
            {
                return Match.None; // "two days before the vote", "two days ahead of schedule" are anchored on the event
            }

            // "Three days later, ...", "a day earlier": a span measured from an event the story tells of, TimeML's
            // DURATION without its signal word, which the duration pattern reads; "ago" and "from now" count from
            // the report, and "a year earlier" in a report compares periods
            if ((IsCue(k - 1, Cue.Later) || IsCue(k - 1, Cue.Earlier) || IsCue(k - 1, Cue.Before)) &&
                !(count == 1 && unit == TimeUnit.Year && sign < 0))
            {
                return Match.None;
            }

            if (count < 0)
            {
                return new Match(k, TimexType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF");
            }

            if (count == 1 && unit == TimeUnit.Year && sign < 0)
            {
                return new Match(k, TimexType.Date, YearEarlier(i), Anaphoric: true);
            }

            if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour)
            {
                return new Match(k, TimexType.Time, ClockShifted(unit, sign * count));
            }

            return Shifted(unit, sign * count) is { } shifted ? new Match(k, TimexType.Date, shifted) : Match.None;
        }

        return Match.None;
    }

    /// <summary>The day a count is counted from in "a week from Friday": today, tomorrow, or the first such weekday on or
    /// after the report (the phrase looks ahead); null for another word or with no reference.</summary>
    private DateOnly? DayCountedFrom(int i)
    {
        if (_ref is not { } r)
        {
            return null;
        }

        if (IsClass(i, WordClass.Deictic) && _tokens[i].Value >= 1 && !IsPossessiveS(i + 1))
        {
            return PlusDays(r, _tokens[i].Value - 1); // today, tomorrow ("a week from yesterday" is not said)
        }

        return IsCapitalizedWeekday(i) && !IsPossessiveS(i + 1) ? WeekdayDate(_tokens[i].Value, Lean.Future) : null;
    }

    /// <summary>The day <paramref name="count"/> units of days or more after <paramref name="from"/>; null for a smaller
    /// unit or past the calendar's end.</summary>
    private static DateOnly? CountedOn(DateOnly from, TimeUnit unit, int count)
    {
        var monthsOn = unit switch { TimeUnit.Month => count, TimeUnit.Year => 12L * count, _ => 0 };
        if (monthsOn > 0)
        {
            return (from.Year * 12L) + from.Month - 1 + monthsOn < 10_000 * 12 ? from.AddMonths((int)monthsOn) : null;
        }

        return unit switch
        {
            TimeUnit.Day => PlusDays(from, count),
            TimeUnit.Week => PlusDays(from, 7L * count),
            TimeUnit.Fortnight => PlusDays(from, 14L * count),
            _ => null,
        };
    }

    /// <summary>The point a span in two units ("3 years and 6 months", "1 hour 20 minutes") away from the report:
    /// a month, or a clock time; null for days and hours, whose day a report with no clock cannot tell.</summary>
    private (TimexType Type, string Value)? PointBack(TimeUnit unit, int count, int restCount, TimeUnit restUnit, int sign) =>
        (unit, restUnit) switch
        {
            (TimeUnit.Year, TimeUnit.Month) when Shifted(TimeUnit.Month, sign * (count * 12 + restCount)) is { } month =>
                (TimexType.Date, month),
            (TimeUnit.Hour, TimeUnit.Minute) => (TimexType.Time, ClockShifted(TimeUnit.Minute, sign * (count * 60 + restCount))),
            (TimeUnit.Minute, TimeUnit.Second) => (TimexType.Time, ClockShifted(TimeUnit.Second, sign * (count * 60 + restCount))),
            _ => null,
        };

    /// <summary>The unit a lower-case letter stands for after a count, as live blogs write it: 2h, 45m, 3d, 2w, 1y.</summary>
    private TimeUnit? LetterUnit(int i)
    {
        if (!IsWord(i) || _tokens[i].Length != 1)
        {
            return null;
        }

        var letter = _text.Span[_tokens[i].Start];
        foreach (var (unitLetter, unit) in _words.UnitLetters)
        {
            if (letter == unitLetter)
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>"two hours ago", "30 minutes from now": the reference moment moved by the count, a TIME value
    /// with its clock. When the reference states no time the clock is unknown (<c>2023-09-12TXX:XX</c>): the day is
    /// the reference's for less than a day's shift, else the day the shift reaches from the reference's noon ("48
    /// hours ago" two days back, "36 hours ago" one and a half).</summary>
    private string ClockShifted(TimeUnit unit, int offset)
    {
        var seconds = offset * (unit switch { TimeUnit.Hour => 3600L, TimeUnit.Minute => 60L, _ => 1L });
        if (_ref is not { } day || _refTime is not { } time)
        {
            const long SecondsInADay = 86_400;
            var days = Math.Abs(seconds) < SecondsInADay ? 0 : (long)Math.Floor((seconds + (SecondsInADay / 2)) / (double)SecondsInADay);
            return DayOrUnknown(days == 0 ? _ref : PlusDays(_ref, days)) + "TXX:XX";
        }

        var moment = day.ToDateTime(time);
        if (seconds < (DateTime.MinValue - moment).TotalSeconds || seconds > (DateTime.MaxValue - moment).TotalSeconds)
        {
            return TimexValues.Day(day) + "TXX:XX";
        }

        moment = moment.AddSeconds(seconds);
        return TimexValues.Day(DateOnly.FromDateTime(moment)) + TimexValues.Clock(moment.Hour, moment.Minute);
    }

    /// <summary>The subject of "is the second day of" that makes it the report's day: "today", or a pronoun that stands for it.</summary>
    private bool IsReportDaySubject(int i) => WordIsAny(i, _words.ReportDaySubjects);

    /// <summary>"by year-end": the end of the reference's year, the year; "since year-end": the last one passed,
    /// December 31 of the year before (a day, as a starting point is).</summary>
    private string YearEnd(int start) =>
        WordIsAny(start - 1, _words.Since) && _ref is { } r && r.Year > 1 ? TimexValues.Day(r.Year - 1, 12, 31) : Shifted(TimeUnit.Year, 0) ?? "XXXX";

    /// <summary>"(next) year's first quarter", "(last) year's second half", "(last) year's quarter": one
    /// expression, the part of the year named (the quarter under discussion when no ordinal says which).</summary>
    private Match PartOfRelativeYear(int i, int direction)
    {
        if (!IsApostrophe(i) || !WordIsAny(i + 1, _words.Possessive) || !Attached(i + 1))
        {
            return Match.None;
        }

        var year = Shifted(TimeUnit.Year, direction) ?? "XXXX";
        var k = i + 2;
        if (IsClass(k, WordClass.Ordinal) && _tokens[k].Value is >= 1 and <= 4)
        {
            var n = _tokens[k].Value;
            var q = SkipAttachedHyphen(k + 1);
            if (IsUnit(q, TimeUnit.Quarter))
            {
                return new Match(q + 1, TimexType.Date, year + "-Q" + TimexValues.Number(n));
            }

            return IsCue(q, Cue.Half) && n <= 2 ? new Match(q + 1, TimexType.Date, year + "-H" + TimexValues.Number(n)) : Match.None;
        }

        return (IsUnit(k, TimeUnit.Quarter) || IsCue(k, Cue.Period)) && _lastQuarter is { } last
            ? new Match(k + 1, TimexType.Date, year + "-Q" + TimexValues.Number(last.Quarter), Anaphoric: true)
            : Match.None;
    }

    /// <summary>Whether a quarter is the reference's own or the one before it: the quarters "this quarter's" results
    /// can be told of.</summary>
    private bool IsQuarterJustEnded((int Year, int Quarter) quarter)
    {
        if (_ref is not { } r)
        {
            return false;
        }

        var current = (r.Year * 4) + ((r.Month - 1) / 3);
        var named = (quarter.Year * 4) + quarter.Quarter - 1;
        return named == current || named == current - 1;
    }

    /// <summary>"last year", "a year ago", "a year earlier" at token k: the end of the phrase, else -1.</summary>
    private int YearEarlierTail(int k)
    {
        if (IsCue(k, Cue.Last) && IsUnit(k + 1, TimeUnit.Year) && !IsApostrophe(k + 2))
        {
            return k + 2;
        }

        return IsCue(k, Cue.A) && IsUnit(k + 1, TimeUnit.Year) && (IsCue(k + 2, Cue.Ago) || IsCue(k + 2, Cue.Earlier)) ? k + 3 : -1;
    }

    private bool IsSentenceEnd(int i) => !InRange(i) || IsSentenceBoundary(i) || IsSymbol(i, ',');

    /// <summary>Modifiers that belong to the expression but leave its value: early November 2022,
    /// the end of December 2022, mid-2024, late last July, earlier this year, the end of the year.</summary>
    private Match Modified(int i)
    {
        var j = i;
        if (IsCue(j, Cue.The) && (IsCue(j + 1, Cue.End) || IsCue(j + 1, Cue.Beginning) || IsCue(j + 1, Cue.Start) ||
                                  IsCue(j + 1, Cue.Middle)) && IsCue(j + 2, Cue.Of))
        {
            j += 3;
        }
        else if ((IsCue(j, Cue.End) || IsCue(j, Cue.Beginning) || IsCue(j, Cue.Start)) && IsCue(j + 1, Cue.Of))
        {
            j += 2;
        }
        else if (IsCue(j, Cue.Early) || IsCue(j, Cue.Late) || IsCue(j, Cue.Mid) || IsCue(j, Cue.Earlier) || IsCue(j, Cue.Later) ||
                 (IsCue(j, Cue.The) && (IsCue(j + 1, Cue.Early) || IsCue(j + 1, Cue.Late) || IsCue(j + 1, Cue.Mid))))
        {
            j += IsCue(j, Cue.The) ? 2 : 1;
            if (IsHyphen(j) && Attached(j) && Attached(j + 1))
            {
                j++;
            }
        }
        else
        {
            return Match.None;
        }

        if (!InRange(j))
        {
            return Match.None;
        }

        // the end of the year, the beginning of the month
        if (IsCue(j, Cue.The) && InRange(j + 1) && IsClass(j + 1, WordClass.Unit) &&
            (TimeUnit)_tokens[j + 1].Value is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Quarter or TimeUnit.Decade or TimeUnit.Century &&
            !IsCue(j + 2, Cue.Of) && !IsHyphen(j + 2))
        {
            return Shifted((TimeUnit)_tokens[j + 1].Value, 0) is { } value ? new Match(j + 2, TimexType.Date, value) : Match.None;
        }

        // "earlier, he said", "late in the game": nothing can start after the modifier (CanStart's skip is exact), so
        // the nine families of DateCore need not each say so
        if (!CanStart(j))
        {
            return Match.None;
        }

        var core = DateCore(j);
        var time = Time(j);
        if (time.End > core.End)
        {
            core = time;
        }

        return core.Found && core.Type is TimexType.Date or TimexType.Time ? core : Match.None;
    }

    /// <summary>7:27 PM, 10pm local time, 10 a.m. EST Tuesday, noon Thursday, 5 p.m. EST, Nov. 9.</summary>
    private Match Time(int i)
    {
        int hour, minute = 0, k;
        var meridiem = -1;
        var bareHour = false; // "at 9": no minutes, no am/pm
        if (IsClass(i, WordClass.Clock))
        {
            if (WordIsAny(i - 1, _words.High))
            {
                return Match.None; // "high noon": the moment of confrontation, a figure of speech
            }

            hour = _tokens[i].Value;
            k = i + 1;
        }
        else if (IsMilitaryTime(i))
        {
            (hour, minute, k) = (_tokens[i].Number / 100, _tokens[i].Number % 100, i + 1); // "at 0700 GMT"
        }
        else if (IsNumber(i) && _tokens[i].Length <= 2 && _tokens[i].Number <= 24)
        {
            hour = _tokens[i].Number;
            k = i + 1;
            if (IsSymbol(k, ':') && Attached(k) && IsNumber(k + 1) && Attached(k + 1) && _tokens[k + 1].Length == 2 &&
                _tokens[k + 1].Number < 60)
            {
                minute = _tokens[k + 1].Number;
                k += 2;
                var seconds = IsSymbol(k, ':') && Attached(k) && IsNumber(k + 1) && Attached(k + 1) && _tokens[k + 1].Length == 2;
                var second = seconds ? _tokens[k + 1].Number : 0;
                if (seconds)
                {
                    k += 2;
                }

                if ((IsSymbol(k, ':') || IsSymbol(k, '.')) && Attached(k) && IsNumber(k + 1) && Attached(k + 1))
                {
                    return Match.None; // 1:23:45:67, 3:16.5
                }

                if (Attached(i) && InRange(i - 1) && _tokens[i - 1].Kind == TokenKind.Symbol && _tokens[i - 1].Symbol is ':' or '.' &&
                    IsNumber(i - 2))
                {
                    return Match.None;
                }

                meridiem = Meridiem(k, out var afterMeridiem);
                k = afterMeridiem;

                // "with 2:30 left", "5:43 remaining in the fourth quarter", "2:55 into overtime": a game clock, minutes
                // and seconds to play or played
                if (meridiem < 0 && !seconds && !IsClass(k, WordClass.TimeZone) && !IsCue(i - 1, Cue.At) &&
                    (WordIsAny(k, _words.GameClockAfter) || (WordIsAny(k, _words.To) && WordIsAny(k + 1, _words.ToGo))))
                {
                    return new Match(k, TimexType.Duration, ElapsedValue(0, hour, minute));
                }

                // "finished in 2:05:11", "a time of 2:05:11", "clocked 3:59": a race time, elapsed, not a clock
                // reading; with seconds it is a span of hours, minutes and seconds, without them it could as well be
                // minutes and seconds, so no mention
                if (meridiem < 0 && !IsClass(k, WordClass.TimeZone) && !(IsCue(k, Cue.Local) && IsCue(k + 1, Cue.Time)) &&
                    (SaysElapsed(i - 1, seconds) || (WordIsAny(k, _words.Long) && !IsHyphen(k - 1)) || IsBareSpanWithSeconds(i, seconds)) &&
                    (seconds || !(WordIsAny(k, _words.ClockRangeTo) || IsHyphen(k)))) // "runs 9:30 to 4 p.m.": hours
                {
                    return seconds && second < 60 ? new Match(k, TimexType.Duration, ElapsedValue(hour, minute, second)) : Match.None;
                }

                // "a 2:14:04 marathon", "a 3:45 mile": a measured span ("a 10:30 meeting" is a clock reading); "John
                // 3:16", "Romans 8:28": chapter and verse after a book of the Bible ("leave Paddington 10:15" is a
                // clock reading). A clock reading there needs am/pm or a zone.
                if (meridiem < 0 && !IsClass(k, WordClass.TimeZone) &&
                    ((IsCue(i - 1, Cue.A) && (seconds || WordIsAny(k, _words.RaceMeasures))) ||
                     (IsWord(i - 1) && _tokens[i - 1].Capitalized && WordIsAny(i - 1, _words.ScriptureBooks))))
                {
                    return Match.None;
                }
            }
            else
            {
                if (!IsPlainNumberStart(i))
                {
                    return Match.None;
                }

                // "7.30pm", "10.15 a.m.", "07.27 BST": British style, a time only with am/pm or a zone after it (7.30
                // alone is a number)
                var m = k;
                var dottedInZone = false;
                if (IsSymbol(m, '.') && Attached(m) && IsNumber(m + 1) && Attached(m + 1) && _tokens[m + 1].Length == 2 &&
                    _tokens[m + 1].Number < 60 && (Meridiem(m + 2, out _) >= 0 || IsClass(m + 2, WordClass.TimeZone)))
                {
                    minute = _tokens[m + 1].Number;
                    m += 2;
                    dottedInZone = IsClass(m, WordClass.TimeZone) && hour <= 23;
                }

                meridiem = Meridiem(m, out var afterMeridiem);
                if (meridiem >= 0)
                {
                    if (hour is < 1 or > 12)
                    {
                        return Match.None;
                    }

                    k = afterMeridiem;
                }
                else if (dottedInZone)
                {
                    k = m;
                }
                else if (BareHourEnd(i, m) is > 0 and var bareEnd)
                {
                    (k, bareHour) = (bareEnd, true);
                }
                else
                {
                    return Match.None;
                }
            }

            if (meridiem == 12 && hour < 12)
            {
                hour += 12;
            }
            else if (meridiem == 0 && hour == 12)
            {
                hour = 0;
            }
        }
        else if (IsClass(i, WordClass.Cardinal) && _tokens[i].Value is >= 1 and <= 12 && IsOClock(i + 1))
        {
            (hour, k, bareHour) = (_tokens[i].Value, i + 4, true); // "two o'clock": the working day's, as "at 2" is
        }
        else if (TryClockFraction(i, out hour, out minute, out k))
        {
            meridiem = Meridiem(k, out var afterMeridiem);
            if (meridiem < 0)
            {
                bareHour = true; // "a quarter to five" is read as the working day's, as "at 5" is
            }
            else
            {
                k = afterMeridiem;
                hour = meridiem == 12 && hour < 12 ? hour + 12 : meridiem == 0 && hour == 12 ? 0 : hour;
            }
        }
        else
        {
            return Match.None;
        }

        if (IsClass(k, WordClass.TimeZone))
        {
            k++;
        }

        if (IsCue(k, Cue.Local) && IsCue(k + 1, Cue.Time))
        {
            k += 2;
        }

        // The day it happens on, when it is said right after: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9"; after a
        // conversion in parentheses ("10:35 a.m. (0735 GMT) Friday") the day is its own mention, and this one's day
        var d = k;
        var converted = false;
        if (IsSymbol(d, '(') && IsNumber(d + 1) && IsClass(d + 2, WordClass.TimeZone) && IsSymbol(d + 3, ')'))
        {
            d += 4;
            converted = true;
        }

        if (IsSymbol(d, ','))
        {
            d++;
        }

        if (IsCue(d, Cue.On))
        {
            d++;
        }

        // The part of the day the time is said in ("10:30 last night", "this morning at 10", "at 4 in the morning")
        // tells am from pm when the time does not, and "last night at 1:30" is already the next day
        string date;
        var onReferenceDay = false; // no day said or implied: the report's
        var part = -1;
        if (IsCapitalizedWeekday(d) && MonthDate(d) is { Found: true } dated && dated.Value.Length == 10)
        {
            date = dated.Value; // "5 p.m. on Friday, Dec. 4": the date the weekday agrees with
            k = converted ? k : dated.End;
        }
        else if (IsClass(d, WordClass.Holiday) && HolidayDate(d) is { Found: true } holiday && holiday.Value.Length == 10)
        {
            date = holiday.Value; // "11:59 p.m. PT on Cyber Monday"
            k = converted ? k : holiday.End;
        }
        else if (IsCapitalizedWeekday(d))
        {
            date = ClockRangeStartDay(i) is { } rangeStart
                ? TimexValues.Day(rangeStart.AddDays((_tokens[d].Value - IsoWeekday(rangeStart) + 7) % 7))
                : WeekdayValue(_tokens[d].Value, SpeaksOfFuture(i, d + 1) ? Lean.Future : Lean.Past);
            k = converted ? k : d + 1;
            if (!converted && IsClass(k, WordClass.PartOfDay))
            {
                part = _tokens[k++].Value; // "8 p.m. Monday night"
            }
        }
        else if (d == k && SaidInPartOfDay(d) is { Found: true } said)
        {
            (date, part, k) = (said.Value[..^3], PartOfDayIn(said.Value), said.End); // "10:30 last night", "7:30 tonight"
        }
        else if (IsClass(d, WordClass.Deictic))
        {
            date = DayOrUnknown(PlusDays(_ref, _tokens[d].Value - 1));
            k = d + 1;
        }
        else if ((MonthDate(d) is { Found: true } day && day.Value.Length == 10) ||
                 (IsNumber(d) && NumericDate(d) is { Found: true, Type: TimexType.Date } numeric && (day = numeric).Value.Length == 10))
        {
            date = day.Value; // "at 8:20 p.m. Sept. 7", "at 12:01 a.m. on 2025-11-12"
            k = day.End;
        }
        else if (DayJustBefore(i) is { } before)
        {
            (date, part) = before.Length == 13 ? (before[..^3], PartOfDayIn(before)) : (before, -1);
        }
        else if (hour == 24 && IsClass(i, WordClass.Clock) && IsCue(i - 1, Cue.At) && TellsPastEventBefore(i - 1))
        {
            date = DayOrUnknown(PlusDays(_ref, -1)); // "The strike began at midnight": the midnight that opened the day
        }
        else if (DayOfRangeEnd(k) is { } rangeDay)
        {
            date = rangeDay; // "between 10pm and midnight on September 12": the range's day is said once, at its end
        }
        else if (DayEarlierInSentence(i) is { } sentenceDay)
        {
            (date, part) = sentenceDay.Length == 13 ? (sentenceDay[..^3], PartOfDayIn(sentenceDay)) : (sentenceDay, -1);
        }
        else
        {
            date = DayOrUnknown(_ref);
            onReferenceDay = true;
        }

        if (part < 0 && bareHour && ClockHourInPart(k) is { } spelledPart)
        {
            (part, k) = spelledPart; // "at 4 in the morning", "at 10 at night"
        }

        if (part < 0 && bareHour && ClosesAt(i - 1))
        {
            part = (int)PartOfDay.Evening; // "Polls close at 8 Tuesday", "stores close at 9": closing time is the evening's
        }

        if (!IsClass(i, WordClass.Clock))
        {
            date = ReadInPartOfDay(date, part, ref hour, meridiem >= 0, bareHour);
        }

        // "He will leave at 4 in the morning", "trading resumes at 2 a.m.": a small hour ahead of a report whose own hour
        // is unknown is the next night's (a report is seldom written before it)
        if (onReferenceDay && _refTime is null && hour < SmallHoursEnd && SpeaksOfFuture(i, k))
        {
            date = DayOrUnknown(PlusDays(_ref, 1));
        }

        // "Polls closed at 10pm" in a report filed at 9am: a past event's clock time later than the report's own is
        // the day before's. Not for a report stamped in the small hours: overnight copy is stamped with the coming
        // day's date, and its evening may be that day's (TempEval-3's NYT story stamped 01:58 on Feb. 12 dates its
        // robbery "around 7:15 p.m." Feb. 12, which the text calls Thursday evening)
        if (onReferenceDay && _refTime is { } filed && filed.Hour >= SmallHoursEnd && hour < 24 &&
            (hour * 60) + minute > (filed.Hour * 60) + filed.Minute && TellsPastEventBefore(i))
        {
            date = DayOrUnknown(PlusDays(_ref, -1));
        }

        if (!IsClass(i, WordClass.Clock) || hour != 24)
        {
            return new Match(k, TimexType.Time, date + TimexValues.Clock(hour, minute));
        }

        return new Match(k, TimexType.Time, date + "T24:00");
    }

    /// <summary>The day of the clock time that ends a range of clock times right after <paramref name="end"/> ("and
    /// midnight on September 12", "to 7pm on Friday"), when it names one: the day the range's start shares. One level
    /// only: the end's own range is not followed further.</summary>
    private string? DayOfRangeEnd(int end)
    {
        if (_readingRangeEnd || !(WordIsAny(end, _words.RangeTo) || IsCue(end, Cue.And) || IsHyphen(end)) ||
            !(IsNumber(end + 1) || IsClass(end + 1, WordClass.Clock)))
        {
            return null;
        }

        _readingRangeEnd = true;
        var rangeEnd = Time(end + 1);
        _readingRangeEnd = false;
        var value = rangeEnd.Value;
        return rangeEnd.Found && rangeEnd.Type == TimexType.Time && value.Length > 10 && value[4] == '-' && value[7] == '-' && value[10] == 'T' &&
               value[..10] != DayOrUnknown(_ref)
            ? value[..10]
            : null;
    }

    /// <summary>The day the sentence named before the clock time at <paramref name="i"/>, when the last mention is that
    /// day ("Yesterday the fire broke out at 8.45pm", "On Boxing Day, play starts at 10.30am"): the time is on it, not
    /// on the report's day. Null when the sentence names no day before the time, or another mention came between.</summary>
    private string? DayEarlierInSentence(int i)
    {
        var (end, day) = _lastMention;
        if (end < 0 || !(day.Length == 10 || HasPartOfDay(day)) || day[4] != '-' || day[7] != '-')
        {
            return null;
        }

        for (int j = i - 1, seen = 0; j >= 0 && seen < CueWindowBack; j--, seen++)
        {
            if (_tokens[j].End == end)
            {
                // "Since March 3, the shop has opened at 9am" names when a habit began; "The suspect, arrested on
                // Friday, will appear in court at 10am" puts the time ahead of a day gone
                for (var k = j - 1; k >= 0 && k >= j - MaxDateTokens && !_tokens[k + 1].BreakBefore; k--)
                {
                    if (WordIsAny(k, _words.Since))
                    {
                        return null;
                    }
                }

                return string.CompareOrdinal(day, 0, DayOrUnknown(_ref), 0, 10) < 0 && SpeaksOfFuture(i, i + 1) ? null : day;
            }

            if (_tokens[j + 1].BreakBefore || EndsSentence(j))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The most tokens a day's mention spans before its last ("Tuesday, Sept. 12, 2023" is seven).</summary>
    private const int MaxDateTokens = 8;

    /// <summary>The hour the small hours end at (06:00).</summary>
    private const int SmallHoursEnd = 6;

    /// <summary>The day of the clock time that starts a range ended by the clock at <paramref name="i"/>: "from 9am on
    /// Monday until 5pm on Wednesday" (the end's weekday is the first on or after it); null when no such range.</summary>
    private DateOnly? ClockRangeStartDay(int i)
    {
        var to = IsCue(i - 1, Cue.At) ? i - 2 : i - 1;
        return WordIsAny(to, _words.RangeTo) && EndsLastMention(to - 1) &&
               _lastMentionValue.Length >= 10 && TimexValues.TryParseDay(_lastMentionValue.AsSpan(0, 10), out var day) &&
               day.DayNumber + 6 <= DateOnly.MaxValue.DayNumber
            ? day
            : null;
    }

    /// <summary>A time read off a clock face: "a quarter past ten" (10:15), "quarter to five" (4:45), "half past six"
    /// (6:30), with the hour in digits or words, 1 to 12. Not when the hour is an amount: "cut by a quarter to 12
    /// million" is a fraction and a figure.</summary>
    private bool TryClockFraction(int i, out int hour, out int minute, out int end)
    {
        (hour, minute, end) = (0, 0, 0);
        var j = IsCue(i, Cue.A) ? i + 1 : i;
        int past;
        if (IsUnit(j, TimeUnit.Quarter))
        {
            past = 15;
        }
        else if (j == i && IsCue(j, Cue.Half))
        {
            past = 30;
        }
        else
        {
            return false;
        }

        var before = WordIsAny(j + 1, _words.ClockFractionBefore);
        if (!(before && past == 15) && !WordIsAny(j + 1, _words.ClockFractionPast))
        {
            return false; // "half to five" is not said
        }

        var h = j + 2;
        if (IsNumber(h) && _tokens[h].Length <= 2 && IsPlainNumberStart(h))
        {
            hour = _tokens[h].Number;
        }
        else if (IsClass(h, WordClass.Cardinal))
        {
            hour = _tokens[h].Value;
        }
        else
        {
            return false;
        }

        if (hour is < 1 or > 12 || IsClass(h + 1, WordClass.Percent) || IsClass(h + 1, WordClass.Unit) || IsClass(h + 1, WordClass.UnitPlural) ||
            IsClass(h + 1, WordClass.CountNoun) || WordIsAny(h + 1, _words.LargeNumbers) ||
            (Attached(h + 1) && (IsSymbol(h + 1, '%') || ((IsSymbol(h + 1, '.') || IsSymbol(h + 1, ',')) && IsNumber(h + 2) && Attached(h + 2)))))
        {
            return false; // "by a quarter to 12 million", "to 5%", "to 3.5"
        }

        minute = before ? 60 - past : past;
        hour = !before ? hour : hour == 1 ? 12 : hour - 1;
        end = h + 1;
        return true;
    }

    /// <summary>"finished", "clocked", "runs", "a time of", "running time:", or "in" after such a verb: a clock-like
    /// reading after it is a time taken (a race's, a film's). "in" alone only before seconds ("in 2:05:11"): "in 10:30
    /// trading", "arrived in 9:45" read a clock; "clocks in at 2:49:00" is a running time.</summary>
    private bool SaysElapsed(int i, bool seconds) =>
        IsRaceVerb(i) || (IsCue(i, Cue.Of) && IsCue(i - 1, Cue.Time)) || (IsCue(i, Cue.In) && (seconds || IsRaceVerb(i - 1))) ||
        (IsSymbol(i, ':') && ((IsCue(i - 1, Cue.Time) && WordIsAny(i - 2, _words.RunningTime)) || WordIsAny(i - 1, _words.LengthLabels))) ||
        (IsCue(i, Cue.At) && IsCue(i - 1, Cue.In) && WordIsAny(i - 2, _words.ClocksIn));

    /// <summary>"The marathon record is 2:00:35", "a 1:05:30 episode": one digit of hours with seconds and no am/pm
    /// or zone is a span; a clock with seconds is a time stamp ("09:42:13", "at 9:42:13", "Updated 9:42:13", on a day
    /// just named).</summary>
    private bool IsBareSpanWithSeconds(int i, bool seconds) =>
        seconds && _tokens[i].Length == 1 && DayJustBefore(i) is null &&
        !WordIsAny(i - 1, _words.BeforeAClockReading);

    private bool IsRaceVerb(int i) =>
        WordIsAny(i, _words.RaceVerbs);

    private static string ElapsedValue(int hours, int minutes, int seconds) =>
        "PT" + (hours > 0 ? TimexValues.Number(hours) + "H" : "") + (minutes > 0 ? TimexValues.Number(minutes) + "M" : "") +
        (seconds > 0 || (hours == 0 && minutes == 0) ? TimexValues.Number(seconds) + "S" : "");

    /// <summary>A clock hour before this one, said at night, is past midnight: "2 a.m. tonight", "last night at 1:30".</summary>
    private const int EarliestEveningHour = 5;

    /// <summary>A bare hour's usual reading in news, with no am/pm or part of the day to tell: the working day's, so
    /// "Monday at 8" is 08:00 and "yesterday at 3" 15:00 (events are not set at 3 a.m. without saying so).</summary>
    private const int LatestMorningHour = 7 + 4; // 7 to 11 in the morning, 12 noon, 1 to 6 in the afternoon

    /// <summary>The day and hour of a clock time said in a part of the day: "7:30 tonight", "this evening at 7:30" are
    /// 19:30; "12:30 tonight", "1 a.m. tonight" and "last night at 1:30" are past midnight, on the next day (TIMEX3
    /// puts midnight itself at T24:00 of the day that ends, which "midnight tonight" keeps). A bare hour with no part
    /// of the day takes the working day's reading (<see cref="LatestMorningHour"/>).</summary>
    private static string ReadInPartOfDay(string day, int part, ref int hour, bool hasMeridiem, bool bareHour)
    {
        if (hasMeridiem || hour is < 1 or > 12)
        {
            // a 24-hour reading or an am/pm already says which half of the day
        }
        else if (part == (int)PartOfDay.Night)
        {
            hour = hour == 12 ? 0 : hour >= EarliestEveningHour ? hour + 12 : hour;
        }
        else if (part is (int)PartOfDay.Afternoon or (int)PartOfDay.Evening)
        {
            hour = hour == 12 ? 12 : hour + 12;
        }
        else if (part < 0 && bareHour && hour < 12 && (hour < 7 || hour > LatestMorningHour))
        {
            hour += 12;
        }

        return part == (int)PartOfDay.Night && hour < EarliestEveningHour && TimexValues.TryParseDay(day, out var evening)
            ? (PlusDays(evening, 1) is { } next ? TimexValues.Day(next) : UnknownDay) // 9999-12-31 has no next day
            : day;
    }

    /// <summary>A part of the day said right after a clock time ("last night", "this morning", "yesterday afternoon",
    /// "tonight"): its TIME value, a day and a part code.</summary>
    private Match SaidInPartOfDay(int i) =>
        (IsClass(i, WordClass.Deictic) && IsClass(i + 1, WordClass.PartOfDay)) || IsClass(i, WordClass.Tonight) ||
        ((IsCue(i, Cue.Last) || IsCue(i, Cue.This)) && IsClass(i + 1, WordClass.PartOfDay)) ? Deictic(i) is { Found: true } said && HasPartOfDay(said.Value) ? said : Match.None
        : Match.None;

    private static bool HasPartOfDay(string value) => value.Length == 13 && value[10] == 'T' && PartOfDayIn(value) >= 0;

    /// <summary>The part of the day a value ends with (TMO, TAF, TEV, TNI), or -1.</summary>
    private static int PartOfDayIn(string value) => value.Length < 3 ? -1 : Array.IndexOf(PartOfDayCodes, value[^3..]);

    /// <summary>"in the morning", "in the afternoon", "in the evening", "at night" after a bare hour: its part of the
    /// day and the end of the phrase.</summary>
    private (int Part, int End)? ClockHourInPart(int i)
    {
        if (IsCue(i, Cue.In) && IsCue(i + 1, Cue.The) && IsClass(i + 2, WordClass.PartOfDay) && _tokens[i + 2].Value != (int)PartOfDay.Night)
        {
            return (_tokens[i + 2].Value, i + 3);
        }

        return IsCue(i, Cue.At) && IsClass(i + 1, WordClass.PartOfDay) && _tokens[i + 1].Value == (int)PartOfDay.Night
            ? ((int)PartOfDay.Night, i + 2)
            : null;
    }

    /// <summary>"o'clock" at <paramref name="i"/>: its three tokens written together.</summary>
    private bool IsOClock(int i) =>
        WordIsAny(i, _words.OClockBefore) && IsApostrophe(i + 1) && Attached(i + 1) && WordIsAny(i + 2, _words.OClockAfter) && Attached(i + 2);

    /// <summary>The end of a bare hour ("at 9") that reads as a clock time, or 0: after "at" and next to a day it is
    /// said on ("yesterday at 9", "Monday at 8", "at 10 last night", "at 4 in the morning", "at 9 o'clock"), and
    /// followed by nothing that makes it a count ("at 9 percent", "at 8 points", "at 3-1").</summary>
    private int BareHourEnd(int i, int next)
    {
        var hour = _tokens[i].Number;
        if (!IsCue(i - 1, Cue.At) || hour is < 1 or > 12 || _tokens[i].Length > 2 || !IsPlainNumberStart(i))
        {
            return 0;
        }

        if (IsOClock(next))
        {
            return next + 3;
        }

        if (IsLevelBefore(i - 1))
        {
            return 0; // "stood at 12 Monday", "closed Friday at 9": a level a count or price reached, no hour
        }

        if (SaidInPartOfDay(next).Found || ClockHourInPart(next) is not null || IsClass(next, WordClass.Deictic) ||
            IsCapitalizedWeekday(next) || (IsCue(next, Cue.On) && IsCapitalizedWeekday(next + 1))) // "at 11 on Monday"
        {
            return next;
        }

        var endsHere = !InRange(next) || _tokens[next].BreakBefore ||
                       (_tokens[next].Kind == TokenKind.Symbol && _tokens[next].Symbol is ',' or '.' or ';' or '!' or '?' or ')' &&
                        !(Attached(next) && IsNumber(next + 1) && Attached(next + 1))) ||
                       WordIsAny(next, _words.AfterABareHour);

        // "Apple shares Friday at 9, down 25 cents": a price, which the change after the comma shows where no level
        // word before it ("closed", "stood") did
        var priceChange = IsSymbol(next, ',') && WordIsAny(next + 1, _words.PriceChanges);
        return endsHere && !priceChange && DayJustBefore(i) is not null ? next : 0;
    }

    private bool IsCapitalizedWeekday(int i) => IsClass(i, WordClass.Weekday) && _tokens[i].Capitalized;

    /// <summary>Whether the "at" at <paramref name="at"/> follows a verb of closing: a bare hour after it is an evening's
    /// (polls close at 7 or 8, shops at 9, bars at 11; markets at 4, which the working day's reading already makes
    /// 16:00), where the working day's reading would make "close at 8" a morning hour.</summary>
    private bool ClosesAt(int at) => IsCue(at, Cue.At) && WordIsAny(at - 1, _words.ClosingVerbs);

    /// <summary>Whether the word before this "at", maybe with the day between ("closed Friday at", "stood on Monday
    /// at", "left rates at"), is one news says of a level reached: the number after it is a price, rate or count, not
    /// an hour. "opened" and "closes" are left out: stores open and polls close at hours.</summary>
    private bool IsLevelBefore(int at)
    {
        var word = at - 1;
        while (word > at - 4 && (IsCapitalizedWeekday(word) || IsClass(word, WordClass.Deictic) || IsCue(word, Cue.On)))
        {
            word--;
        }

        // "The market closed at 4 Monday", "trading ended at 1": what opens and closes at hours reaches no level
        return WordIsAny(word, _words.LevelWords) && !WordIsAny(word - 1, _words.PlacesWithHours);
    }

    /// <summary>A four-digit clock reading with its zone after it: "0700 GMT", "1845 local time". Not inside
    /// parentheses, where wire copy converts the time just given ("10:35 a.m. (0735 GMT)").</summary>
    private bool IsMilitaryTime(int i) =>
        IsNumber(i) && _tokens[i].Length == 4 && _tokens[i].Number / 100 <= 23 && _tokens[i].Number % 100 < 60 && IsPlainNumberStart(i) &&
        !IsSymbol(i - 1, '(') && !(IsCue(i - 1, Cue.In) && _tokens[i].Number >= 1000) && // "in 1847 GMT was adopted": a year
        (IsClass(i + 1, WordClass.TimeZone) || (IsCue(i + 1, Cue.Local) && IsCue(i + 2, Cue.Time)));

    /// <summary>"this weekend", "the weekend": until Saturday the one just gone, as a report tells what happened,
    /// but the one ahead when the clause speaks of the future ("Lee will bring big waves this weekend"), and "this
    /// weekend" in a clause that tells nothing past ("Things to do this weekend in London").</summary>
    private string? ThisWeekend(int start, int end) =>
        _ref is { } r && (IsCue(end, Cue.Ahead) || SpeaksOfFuture(start, end) || (IsCue(start, Cue.This) && !IsPast(ClauseTense(start, end))))
            ? TimexValues.Week(r) + "-WE"
            : Shifted(TimeUnit.Weekend, 0);

    /// <summary>The day of the mention right before token <paramref name="i"/>, when it names a full date, maybe with
    /// a part of the day, and only "at", "on" or a comma lies between: "Sept. 7 at 8:20 p.m." is 8:20 p.m. on Sept. 7,
    /// not on the reference day; "last night at 10:30" gives 2023-09-11TNI.</summary>
    private string? DayJustBefore(int i)
    {
        var before = IsCue(i - 1, Cue.At) || IsCue(i - 1, Cue.On) || IsSymbol(i - 1, ',') ? i - 2 : i - 1;
        return InRange(before) && _tokens[before].End == _lastMention.End && _lastMention.Value is { } day &&
               (day.Length == 10 || HasPartOfDay(day)) &&
               day[4] == '-' && day[7] == '-' // a day, its year known or not: 2023-09-07, XXXX-09-07
            ? day
            : null;
    }

    /// <summary>am/pm (0 or 12) after a clock time: "pm", "PM", "p.m.", "p.m"; -1 when there is none.</summary>
    private int Meridiem(int i, out int end)
    {
        end = i;
        if (IsClass(i, WordClass.Meridiem))
        {
            end = i + 1;
            return _tokens[i].Value;
        }

        if ((WordIsAny(i, _words.AnteMeridiemLetter) || WordIsAny(i, _words.PostMeridiemLetter)) && IsSymbol(i + 1, '.') && Attached(i + 1) &&
            WordIsAny(i + 2, _words.MeridiemLetter) && Attached(i + 2))
        {
            var value = WordIsAny(i, _words.PostMeridiemLetter) ? 12 : 0;
            end = SkipAttachedPeriod(i + 3);
            return value;
        }

        return -1;
    }

    /// <summary>12 years, five hours, five-hour, the past two years, the first nine months, several weeks.</summary>
    private Match Duration(int i)
    {
        // "the year ended June 30" is a span of a year; "for the year", "earlier in the year" the current one
        if (IsCue(i, Cue.The) && IsUnit(i + 1, TimeUnit.Year) && !IsHyphen(i + 2) && !IsCue(i + 2, Cue.Ago) &&
            !IsCue(i + 2, Cue.Earlier) && !IsCue(i + 2, Cue.Before) && !IsNumber(i + 2) && !IsClass(i + 2, WordClass.Cardinal))
        {
            return EndsOnADate(i + 2)
                ? new Match(i + 2, TimexType.Duration, "P1Y")
                : new Match(i + 2, TimexType.Date, Shifted(TimeUnit.Year, 0) ?? "XXXX");
        }

        // "a day-long meeting", "a decades-long battle": an adjective of length (a count before it is the count's)
        if ((IsClass(i, WordClass.Unit) || IsClass(i, WordClass.UnitPlural)) && IsHyphen(i + 1) && Attached(i + 1) && Attached(i + 2) &&
            WordIsAny(i + 2, _words.Long) && !(IsHyphen(i - 1) && Attached(i)))
        {
            return new Match(i + 3, TimexType.Duration, DurationValue(IsClass(i, WordClass.Unit) ? 1 : -1, (TimeUnit)_tokens[i].Value));
        }

        // "over the years", "in the years that followed", "the early years": long spans left vague (the days or weeks
        // before an event are a period of its own, not a count of days)
        if (IsCue(i, Cue.The) && (IsCue(i + 1, Cue.Early) || IsCue(i + 1, Cue.Late) ? i + 2 : i + 1) is var plural &&
            IsClass(plural, WordClass.UnitPlural) && _tokens[plural].Value is (byte)TimeUnit.Year or (byte)TimeUnit.Decade or (byte)TimeUnit.Century &&
            !IsNumber(plural + 1) && !IsClass(plural + 1, WordClass.Cardinal))
        {
            return new Match(plural + 1, TimexType.Duration, DurationValue(-1, (TimeUnit)_tokens[plural].Value));
        }

        // for years, for decades, within weeks, the first time in years
        if (IsClass(i, WordClass.UnitPlural) && (IsCue(i - 1, Cue.For) || IsCue(i - 1, Cue.In) || WordIsAny(i - 1, _words.Within)))
        {
            return new Match(i + 1, TimexType.Duration, DurationValue(-1, (TimeUnit)_tokens[i].Value));
        }

        var j = i;
        var determined = false;
        if (IsCue(j, Cue.The))
        {
            j++;
            determined = true;
        }

        if (!determined && IsCue(j, Cue.Last) && IsVerbLast(j))
        {
            return Match.None; // "will last 48 hours": the count is the span, on its own
        }

        if (IsCue(j, Cue.Past) || IsCue(j, Cue.Last) || IsCue(j, Cue.Next) || IsCue(j, Cue.Previous) || IsCue(j, Cue.Coming) ||
            IsCue(j, Cue.Following) || (IsClass(j, WordClass.Ordinal) && _tokens[j].Value == 1 && determined))
        {
            j++;
            determined = true;
        }

        if (!TryCount(j, out var count, out var k))
        {
            return Match.None;
        }

        if (determined && IsCue(j, Cue.A))
        {
            return Match.None; // "the last a ..." is not English; "the past year" is a date
        }

        var fraction = "";
        if (count > 0 && IsNumber(k) && _tokens[k].Number == 1 && IsSymbol(k + 1, '/') && Attached(k + 1) && IsNumber(k + 2) &&
            Attached(k + 2) && _tokens[k + 2].Number == 2)
        {
            fraction = ".5"; // 2 1/2 years
            k += 3;
        }

        // "two more weeks", "two additional years", "eight trading days": a span counted in the unit all the same
        if (WordIsAny(k, _words.CountedUnitModifiers))
        {
            k++;
        }

        // two and a half years
        if (count > 0 && fraction.Length == 0 && IsCue(k, Cue.And) && IsCue(k + 1, Cue.A) && IsCue(k + 2, Cue.Half) &&
            IsClass(k + 3, WordClass.UnitPlural))
        {
            return new Match(k + 4, TimexType.Duration, AndAHalf(count, (TimeUnit)_tokens[k + 3].Value));
        }

        // five-year, 24-hour, 30-second, several-year: an adjective, singular unit after a hyphen
        if (IsHyphen(k) && Attached(k) && Attached(k + 1) && count != 0 && !IsCue(j, Cue.A))
        {
            if (IsHyphen(k + 2) && WordIsAny(k + 3, _words.Old))
            {
                return Match.None; // an age: "6-year-old"
            }

            if (IsClass(k + 1, WordClass.Unit))
            {
                return new Match(k + 2, TimexType.Duration, DurationValue(count, (TimeUnit)_tokens[k + 1].Value));
            }

            if (WordIsAny(k + 1, _words.SecondUnit))
            {
                return new Match(k + 2, TimexType.Duration, DurationValue(count, TimeUnit.Second));
            }

            return Match.None;
        }

        if (!InRange(k) || _tokens[k].Class is not (WordClass.Unit or WordClass.UnitPlural) || Attached(k))
        {
            if (count == 1 && WordIsAny(k, _words.SecondUnit) && !IsCue(j, Cue.A))
            {
                return new Match(k + 1, TimexType.Duration, DurationValue(1, TimeUnit.Second));
            }

            return Match.None;
        }

        var unit = (TimeUnit)_tokens[k].Value;
        if (IsCue(j, Cue.A) && IsHyphen(k + 1) && Attached(k + 1) && Attached(k + 2) && WordIsAny(k + 2, _words.Long))
        {
            return Match.None; // "a day-long meeting": the article is the meeting's, and "day-long" the mention
        }

        if (unit == TimeUnit.Quarter && IsQuarterAFraction(i, j, count, k))
        {
            return Match.None;
        }

        if (WordIsAny(k + 1, _words.Old) && !IsCue(j, Cue.A))
        {
            return Match.None; // an age: "37 years old"
        }

        if (IsCue(j, Cue.A) && count == 1 && !WordIsAny(i - 1, _words.Repetitions) && IsRateAfterAmount(i - 1))
        {
            return Match.None; // a rate: "$1.76 a year", "700 seats a week"
        }

        if (IsCue(k + 1, Cue.Of) && (IsPayWord(k + 2) || (IsWord(k + 2) && IsPayWord(k + 3))))
        {
            return Match.None; // an amount: "a bonus equal to six months of base pay"
        }

        if (_tokens[k].Capitalized && !_tokens[j].Capitalized)
        {
            return Match.None; // a title: "60 Minutes"
        }

        if (IsCue(j, Cue.A) && _tokens[k].Class == WordClass.UnitPlural && count == 1)
        {
            return Match.None;
        }

        // "Islam will one day be the largest religion", "the hope he one day follows": some day ahead, not a span
        if (unit == TimeUnit.Day && j == i && WordIsAny(j, _words.One) && _tokens[k].Class == WordClass.Unit && IsOneDayAdverb(i - 1))
        {
            return new Match(k + 1, TimexType.Date, "FUTURE_REF");
        }

        if (count == 1 && IsCue(j, Cue.A) && InRange(i - 1) && WordIsAny(i - 1, _words.Repetitions))
        {
            return new Match(k + 1, TimexType.Set, DurationValue(1, unit));
        }

        // a minute and a half
        var end = k + 1;
        var half = fraction.Length > 0;
        if (count > 0 && IsCue(end, Cue.And) && IsCue(end + 1, Cue.A) && IsCue(end + 2, Cue.Half))
        {
            end += 3;
            half = true;
        }

        if (half)
        {
            return new Match(end, TimexType.Duration, AndAHalf(count, unit));
        }

        // "2 hours 30 minutes", "3 years and 6 months (later)": one span in two units ("3 years and 6 months ago" is a
        // point in time, read with the other points back from the report)
        if (FinerPart(end, count, unit) is { } finer && !IsCue(finer.End, Cue.Ago) && !IsFromNow(finer.End))
        {
            return new Match(finer.End, TimexType.Duration, CompoundDuration(count, unit, finer.Count, finer.Unit)!);
        }

        return new Match(end, TimexType.Duration, DurationValue(count, unit));
    }

    /// <summary>Whether "quarter" (token <paramref name="unitAt"/>, counted <paramref name="count"/> from token
    /// <paramref name="countAt"/>) is a share of something rather than three months: "a quarter of the market", "three
    /// quarters of voters", "fell by a quarter", "cut costs by nearly a quarter". A determiner, a year after "of" or a
    /// verb that moves dates keeps the span: "the first three quarters of 1990", "delayed by a quarter".</summary>
    private bool IsQuarterAFraction(int start, int countAt, int count, int unitAt)
    {
        if (countAt != start)
        {
            return false;
        }

        if (IsCue(unitAt + 1, Cue.Of))
        {
            return IsCue(countAt, Cue.A) || (count == 3 && !IsNumber(unitAt + 2));
        }

        if (count != 1)
        {
            return false;
        }

        var by = start - 1;
        for (var seen = 0; seen < 3 && WordIsAny(by, _words.Approximators); seen++)
        {
            by--; // "by more than a quarter", "by almost a quarter"
        }

        var verb = WordIsAny(by - 1, _words.MoveParticles) ? by - 2 : by - 1;
        return WordIsAny(by, _words.By) && !WordIsAny(verb, _words.MoveVerbs);
    }

    /// <summary>The part of a span in the next smaller unit, after its first part (tokens before
    /// <paramref name="end"/>): " 20 minutes" in "1 hour 20 minutes", " and 6 months" in "3 years and 6 months".</summary>
    private (int Count, TimeUnit Unit, int End)? FinerPart(int end, int count, TimeUnit unit)
    {
        var rest = IsCue(end, Cue.And) ? end + 1 : end;
        if (count <= 0 || IsCue(rest, Cue.A) || !TryCount(rest, out var restCount, out var restUnitAt) || restCount <= 0 ||
            !(IsClass(restUnitAt, WordClass.Unit) || IsClass(restUnitAt, WordClass.UnitPlural)) || Attached(restUnitAt))
        {
            return null;
        }

        var restUnit = (TimeUnit)_tokens[restUnitAt].Value;
        return CompoundDuration(count, unit, restCount, restUnit) is null ? null : (restCount, restUnit, restUnitAt + 1);
    }

    private bool IsFromNow(int i) => IsCue(i, Cue.From) && WordIsAny(i + 1, _words.Now);

    /// <summary>A span in a unit and the next smaller one, as TIMEX3 writes it (P3Y6M, P5DT3H, PT1H20M, PT2M30S), or
    /// null for other pairs ("5 years 3 days" is no way news says one span).</summary>
    private static string? CompoundDuration(int count, TimeUnit unit, int restCount, TimeUnit restUnit)
    {
        var n = TimexValues.Number(count);
        var m = TimexValues.Number(restCount);
        return (unit, restUnit) switch
        {
            (TimeUnit.Year, TimeUnit.Month) when restCount < 12 => "P" + n + "Y" + m + "M",
            (TimeUnit.Day, TimeUnit.Hour) when restCount < 24 => "P" + n + "DT" + m + "H",
            (TimeUnit.Hour, TimeUnit.Minute) when restCount < 60 => "PT" + n + "H" + m + "M",
            (TimeUnit.Minute, TimeUnit.Second) when restCount < 60 => "PT" + n + "M" + m + "S",
            _ => null,
        };
    }

    private bool IsPayWord(int i) => WordIsAny(i, _words.PayWords);

    /// <summary>"ended June 30", "ending Sept. 30", "ended 30 June", "ending tomorrow": the words after "the year" that
    /// make it a year-long span ("the year ended with a loss" is the year itself).</summary>
    private bool EndsOnADate(int i) =>
        WordIsAny(i, _words.EndedOrEnding) &&
        (IsClass(i + 1, WordClass.Month) || IsClass(i + 1, WordClass.MonthAbbrev) || IsNumber(i + 1) || IsClass(i + 1, WordClass.Deictic));

    /// <summary>A modal or a subject pronoun before "one day": the adverb (some day), not the span.</summary>
    private bool IsOneDayAdverb(int before) =>
        IsClass(before, WordClass.FutureCue) || WordIsAny(before, _words.BeforeOneDay);

    private bool IsRateAfterAmount(int before) =>
        InRange(before) && (IsNumber(before) || IsClass(before, WordClass.CountNoun) || IsClass(before, WordClass.Percent) ||
                            IsClass(before, WordClass.UnitPlural) || // "24 hours a day", "seven days a week"
                            WordIsAny(before, _words.LargeNumbers) ||
                            (IsWord(before) && _tokens[before].Class == WordClass.None && LooksPlural(TextOf(before)) &&
                             !IsVerbAfterItsSubject(before)));

    /// <summary>"the board meets monthly", "which travels weekly": a word in -s after its subject is a verb, no plural
    /// of an amount ("10,000 units annually").</summary>
    private bool IsVerbAfterItsSubject(int i) =>
        WordIsAny(i - 1, _words.VerbSubjects) ||
        (IsWord(i - 1) && _tokens[i - 1].Class == WordClass.None && !_tokens[i - 1].Capitalized &&
         (IsCue(i - 2, Cue.The) || WordIsAny(i - 2, _words.OwnersBeforeANoun)));

    /// <summary>n and a half units, in the next smaller unit where TIMEX3 has one: P2Y6M, PT5H30M, PT1M30S.</summary>
    private static string AndAHalf(int count, TimeUnit unit)
    {
        var n = TimexValues.Number(count);
        return unit switch
        {
            TimeUnit.Year => "P" + n + "Y6M",
            TimeUnit.Day => "P" + n + "DT12H",
            TimeUnit.Hour => "PT" + n + "H30M",
            TimeUnit.Minute => "PT" + n + "M30S",
            TimeUnit.Decade => "P" + TimexValues.Number((count * 10) + 5) + "Y",
            TimeUnit.Century => "P" + TimexValues.Number((count * 100) + 50) + "Y",
            TimeUnit.Second or TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter => DurationValue(count, unit).Replace(n, n + ".5", StringComparison.Ordinal),
            _ => DurationValue(count, unit),
        };
    }

    /// <summary>every week, each year, every other month, every Monday, daily, annually, per year.</summary>
    private Match Set(int i)
    {
        if (IsClass(i, WordClass.SetAdverb))
        {
            // "rise 8.5% annually", "10,000 units annually": a rate qualifying an amount, not a recurring time;
            // so is "the average daily volume" (an amount per day)
            if (IsRateAfterAmount(i - 1) || IsSymbol(i - 1, '%') || WordIsAny(i - 1, _words.Average))
            {
                return Match.None;
            }

            // "The Daily Show", "the Weekly Standard", "Daily Mail": a title, capitalized with the name it starts in
            // mid-sentence; a headline or a sentence may open with the word ("Weekly Jobless Claims Fall")
            if (_tokens[i].Capitalized && IsClass(i + 1, WordClass.None) && _tokens[i + 1].Capitalized && !StartsSentence(i))
            {
                return Match.None;
            }

            return new Match(i + 1, TimexType.Set, DurationValue(1, (TimeUnit)_tokens[i].Value));
        }

        // "closed on Sundays", "meets Tuesdays": a weekday in the plural recurs; beside a capitalized plain word in
        // mid-sentence it is part of a name ("the Happy Mondays", "the Sundays River")
        if (IsClass(i, WordClass.WeekdayPlural))
        {
            var inName = (IsClass(i - 1, WordClass.None) && _tokens[i - 1].Capitalized && !StartsSentence(i - 1)) ||
                         (IsClass(i + 1, WordClass.None) && _tokens[i + 1].Capitalized && !_tokens[i + 1].BreakBefore && !StartsSentence(i));
            return _tokens[i].Capitalized && !inName ? new Match(i + 1, TimexType.Set, RecurringWeekday(_tokens[i].Value)) : Match.None;
        }

        if (IsCue(i, Cue.Per) && IsClass(i + 1, WordClass.Unit))
        {
            return new Match(i + 2, TimexType.Set, DurationValue(1, (TimeUnit)_tokens[i + 1].Value));
        }

        if (!IsCue(i, Cue.Every) && !IsCue(i, Cue.Each))
        {
            return Match.None;
        }

        var k = i + 1;
        var every = 1;
        if (IsCue(k, Cue.Other))
        {
            every = 2;
            k++;
        }

        if (IsClass(k, WordClass.Unit))
        {
            // "every weekend" recurs on the weekend, not every two days; "every other weekend" every two weeks
            return _tokens[k].Value != (byte)TimeUnit.Weekend ? new Match(k + 1, TimexType.Set, DurationValue(every, (TimeUnit)_tokens[k].Value))
                : new Match(k + 1, TimexType.Set, every == 1 ? "XXXX-WXX-WE" : DurationValue(every, TimeUnit.Week));
        }

        if (TryCount(k, out var count, out var unitAt) && count > 0 && IsClass(unitAt, WordClass.UnitPlural))
        {
            return new Match(unitAt + 1, TimexType.Set, DurationValue(count, (TimeUnit)_tokens[unitAt].Value));
        }

        if (IsClass(k, WordClass.Weekday))
        {
            var value = RecurringWeekday(_tokens[k].Value);
            return IsClass(k + 1, WordClass.PartOfDay)
                ? new Match(k + 2, TimexType.Set, WithPartOfDay(value, _tokens[k + 1].Value))
                : new Match(k + 1, TimexType.Set, value);
        }

        if (TryMonthName(k, out var month, out var monthEnd))
        {
            return new Match(monthEnd, TimexType.Set, "XXXX-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (IsClass(k, WordClass.Season))
        {
            return new Match(k + 1, TimexType.Set, "XXXX-" + SeasonCodes[_tokens[k].Value]);
        }

        return Match.None;
    }

    /// <summary>A date expression starts at token i ("last October", "in 1998", "on Friday").</summary>
    private bool StartsDate(int i)
    {
        var j = IsCue(i, Cue.In) || IsCue(i, Cue.On) ? i + 1 : i;
        return InRange(j) &&
               (_tokens[j].Class is WordClass.Month or WordClass.MonthAbbrev or WordClass.Weekday or WordClass.Deictic ||
                Direction(j) is not null || TryYearNumber(j, out _));
    }

    /// <summary>now, currently, recently, soon, the past, the future, the near future.</summary>
    private Match ReferenceWord(int i)
    {
        // future quarters, past years, these days
        if (WordIsAny(i, _words.Future) && IsClass(i + 1, WordClass.UnitPlural))
        {
            return new Match(i + 2, TimexType.Date, "FUTURE_REF");
        }

        if (IsClass(i, WordClass.Reference))
        {
            var value = (RefValue)_tokens[i].Value;
            // "killed, most recently last October": the date that follows is the time named
            if (value == RefValue.Past && IsCue(i - 1, Cue.Most) && StartsDate(i + 1))
            {
                return Match.None;
            }

            // "the future of our peoples" is a fate, not a time
            if (WordIsAny(i, _words.Future) && (!(IsCue(i - 1, Cue.The) || IsCue(i - 1, Cue.Near)) || IsCue(i + 1, Cue.Of)))
            {
                return Match.None;
            }

            // "Now, he says, ...": a discourse marker opening the sentence, not a reference to the present
            if (value == RefValue.Present && IsSymbol(i + 1, ',') && StartsSentence(i) &&
                WordIsAny(i, _words.Now))
            {
                return Match.None;
            }

            return new Match(i + 1, TimexType.Date, value switch
            {
                RefValue.Present => "PRESENT_REF",
                RefValue.Past => "PAST_REF",
                _ => "FUTURE_REF",
            });
        }

        // "the current crisis": the adjective on its own (before a unit it is Relative's). Before a stop, a
        // preposition or a verb of being it is the noun: "swam against the current.", "the current of the river",
        // "the current was strong"
        if (IsCue(i, Cue.Current) && !IsClass(i + 1, WordClass.Unit) &&
            !IsClass(i + 1, WordClass.UnitPlural) && !IsCue(i + 1, Cue.Fiscal) &&
            IsWord(i + 1) && !IsCue(i + 1, Cue.Of) && !IsClass(i + 1, WordClass.Preposition) &&
            !WordIsAny(i + 1, _words.AfterCurrentTheNoun))
        {
            // "the then current price": the present of a past moment
            return new Match(i + 1, TimexType.Date, WordIsAny(i - 1, _words.Then) ? "PAST_REF" : "PRESENT_REF");
        }

        if (IsCue(i, Cue.Past) && IsClass(i + 1, WordClass.UnitPlural) && !IsCue(i - 1, Cue.The))
        {
            return new Match(i + 2, TimexType.Date, "PAST_REF");
        }

        if (IsCue(i, Cue.These) && IsUnitPlural(i + 1, TimeUnit.Day))
        {
            return new Match(i + 2, TimexType.Date, "PRESENT_REF");
        }

        // "postponed to a later date", "at a future date": a time ahead that no one has named ("a later date than
        // planned" compares two dates, and names neither)
        if (IsCue(i, Cue.A) && (IsCue(i + 1, Cue.Later) || WordIsAny(i + 1, _words.Future)) && WordIsAny(i + 2, _words.Date) &&
            !WordIsAny(i + 3, _words.Comparison))
        {
            return new Match(i + 3, TimexType.Date, "FUTURE_REF");
        }

        if (IsCue(i, Cue.The))
        {
            var j = i + 1;
            if ((IsCue(j, Cue.Near) || IsCue(j, Cue.Short)) && WordIsAny(j + 1, _words.Term))
            {
                return new Match(j + 2, TimexType.Date, "FUTURE_REF");
            }

            if (IsCue(j, Cue.Near) && WordIsAny(j + 1, _words.Future))
            {
                return new Match(j + 2, TimexType.Date, "FUTURE_REF");
            }

            if (WordIsAny(j, _words.Future) && !IsCue(j + 1, Cue.Of))
            {
                return new Match(j + 1, TimexType.Date, "FUTURE_REF");
            }

            // "in the past", "the past has shown", "said in the past that": not "the past two years", "the past century"
            if (IsCue(j, Cue.Past) && (!InRange(j + 1) || IsSentenceEnd(j + 1) || IsCue(j + 1, Cue.And) ||
                                       (IsWord(j + 1) && _tokens[j + 1].Class is WordClass.None or WordClass.Preposition or
                                           WordClass.PastCue or WordClass.FutureCue) ||
                                       IsCue(j + 1, Cue.In) || IsCue(j + 1, Cue.On) || IsCue(j + 1, Cue.At) || IsCue(j + 1, Cue.For)))
            {
                return new Match(j + 1, TimexType.Date, "PAST_REF");
            }
        }

        return Match.None;
    }

    /// <summary>Whether "last" at token <paramref name="i"/> is the verb, after a modal or "to" (with an adverb between or
    /// not): "the strike will last 48 hours", "is expected to last three days", "could not last 10 minutes".</summary>
    private bool IsVerbLast(int i) =>
        WordIsAny(i - 1, _words.FutureModals) || WordIsAny(i - 1, _words.Modals) || WordIsAny(i - 1, _words.To) ||
        (WordIsAny(i - 1, _words.AdverbsAfterModal) && (WordIsAny(i - 2, _words.FutureModals) || WordIsAny(i - 2, _words.Modals)));
}
