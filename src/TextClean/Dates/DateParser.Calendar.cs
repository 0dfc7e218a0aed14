namespace TextClean.Dates;

/// <summary>Which occurrence of a yearless date or a weekday is meant.</summary>
internal enum Lean : byte
{
    /// <summary>The occurrence nearest the reference; a tie goes to the past (news reports events).</summary>
    Nearest,

    /// <summary>On or before the reference ("Friday" in a report).</summary>
    Past,

    /// <summary>On or after the reference ("will meet Friday").</summary>
    Future,

    /// <summary>Strictly before ("last Friday", "last July").</summary>
    Last,

    /// <summary>Strictly after ("next Friday").</summary>
    Next,

    /// <summary>In the reference's own week or year ("this Friday", "this July").</summary>
    This,

    /// <summary>Nearest, with the past likelier still: the clause tells an event ("was shot on March 10").</summary>
    PastEvent,
}

/// <summary>Resolution against the reference date: the calendar half of the parser.</summary>
internal sealed partial class DateParser
{
    private const string UnknownDay = "XXXX-XX-XX";

    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];
    private static readonly string[] PartOfDayCodes = ["TMO", "TAF", "TEV", "TNI"];

    private string YearlessMonth(int month, Lean lean)
    {
        if (_ref is not { } r)
        {
            return "XXXX-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }

        var year = r.Year;
        if (lean == Lean.This)
        {
            return TimexValues.Month(year, month);
        }

        var bestDistance = int.MaxValue;
        for (var y = Math.Max(1, r.Year - 1); y <= Math.Min(9999, r.Year + 1); y++)
        {
            var distance = Distance(((y * 12) + month) - ((r.Year * 12) + r.Month), lean);
            if (distance < bestDistance)
            {
                (year, bestDistance) = (y, distance);
            }
        }

        return TimexValues.Month(year, month);
    }

    /// <summary>The year before the reference's when <paramref name="month"/> is the month just ended within the
    /// reference's year, the year "last" with its name reaches back to ("last February" written in March 1998 is
    /// 1997-02: the month just ended is "last month"); else 0. Not December in January: across the year's end, last
    /// year's December is the month just gone, and "last December" plainly means it.</summary>
    private int YearOfLastMonthJustEnded(int month) =>
        _ref is { } r && r.Month > 1 && month == r.Month - 1 && r.Year > 1 ? r.Year - 1 : 0;

    /// <summary>A month and day without a year: the nearest occurrence that exists (and falls on
    /// <paramref name="weekday"/> when one is stated, "Wednesday, Aug. 30").</summary>
    private string? YearlessDay(int month, int day, int weekday, Lean lean)
    {
        if (day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        if (_ref is not { } r)
        {
            return "XXXX-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-" +
                   day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }

        // Failing that (no year near the reference has that weekday on that date), the date alone; failing
        // that (Feb. 29 near 1900, or at the ends of the calendar), the nearest leap years.
        return NearestDay(month, day, weekday, r, weekday > 0 ? 11 : 1, lean) ??
               (weekday > 0 ? NearestDay(month, day, 0, r, 1, lean) : null) ??
               NearestDay(month, day, 0, r, LeapYearReach, lean);
    }

    /// <summary>Every run of nine years holds a leap year (1896 and 1904 are the widest gap there is).</summary>
    private const int LeapYearReach = 4;

    /// <summary>The occurrence of a month and day (on an ISO <paramref name="weekday"/>, when above 0) that
    /// <see cref="Distance"/> prefers within <paramref name="span"/> years of <paramref name="r"/>.</summary>
    private static string? NearestDay(int month, int day, int weekday, DateOnly r, int span, Lean lean)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var y = Math.Max(1, r.Year - span); y <= Math.Min(9999, r.Year + span); y++)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var candidate = new DateOnly(y, month, day);
            if (weekday > 0 && IsoWeekday(candidate) != weekday)
            {
                continue;
            }

            var distance = Distance(candidate.DayNumber - r.DayNumber, lean);
            if (distance < bestDistance || (distance == bestDistance && candidate < r))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is { } b ? TimexValues.Day(b) : null;
    }

    /// <summary>How far a candidate lies from the reference (offset in days or months) for a lean:
    /// reported events make the past likelier, so a future candidate counts double unless the clause
    /// speaks of the future, where a past one counts four times, or tells a past event, where a future one counts
    /// six times; the wrong side of a strict lean is out.</summary>
    private static int Distance(int offset, Lean lean) => lean switch
    {
        Lean.Future => offset >= 0 ? offset : -offset * PastWeightUnderFutureCue,
        Lean.Past => offset <= 0 ? -offset : int.MaxValue - 1,
        Lean.Last => offset < 0 ? -offset : int.MaxValue - 1,
        Lean.Next => offset > 0 ? offset : int.MaxValue - 1,
        Lean.PastEvent => offset <= 0 ? -offset : PastEventFutureWeight * offset,
        _ => offset <= 0 ? -offset : FutureWeight * offset,
    };

    private const int FutureWeight = 2;

    // "He died on Feb. 3", "the ceremony was held on Feb. 3" written in November: February just gone, though next
    // February is nearer. Not strictly past: "the deal was extended to Jan. 16" moves a date ahead (ClauseTense
    // reads the verbs that move dates), and "had been set to expire Nov. 6" written on Nov. 2 is four days ahead.
    private const int PastEventFutureWeight = 6;

    // A future cue is strong evidence ("will be held in June" said in August is next June), but the cue may
    // belong to another clause ("said they would look for ways around the ruling ... by Jan. 14"), so the past
    // stays possible when it is much nearer: six times (a month or a few weeks back). Four kept "will be held in
    // June" written in August in the June gone; TempEval-3 scores both alike, and up to thirty.
    private const int PastWeightUnderFutureCue = 6;

    /// <summary>Future when the clause says so ("will", "plans to"), the past for the end of a reported period
    /// ("the fiscal year ended Jan. 31"), for the start of one that lasts until now ("its best week since
    /// November") and for a date that opens a sentence of narrative ("In January, the
    /// company hired..."), a stronger past bias for a clause that tells a past event ("was held", "died"), else
    /// nearest with a past bias.</summary>
    /// <remarks>The past, too, for the day of an event the clause tells in the past (<see cref="TellsPastEventOnTheDay"/>);
    /// the common dates apply that rule only where it decides (<see cref="YearlessMonthInClause"/>).</remarks>
    private Lean TenseLean(int start, int end) => TellsPastEventOnTheDay(start) ? Lean.Past : ClauseLean(start, end);

    /// <summary><see cref="TenseLean"/> without the day of a past event.</summary>
    private Lean ClauseLean(int start, int end)
    {
        if (WordIsAny(start - 1, _words.Ended) || WordIsAny(start - 1, _words.Since))
        {
            return Lean.Past;
        }

        return ClauseTense(start, end) switch
        {
            Tense.Future => Lean.Future,
            Tense.PastEvent => Lean.PastEvent,
            _ => IsCue(start - 1, Cue.In) && OpensSentenceBefore(start - 1) ? Lean.Past : Lean.Nearest,
        };
    }

    /// <summary>Whether token <paramref name="i"/> opens its sentence, maybe after a connective ("Then in February",
    /// "But in March"): a fronted "In February" tells the story's past when no cue says otherwise.</summary>
    private bool OpensSentenceBefore(int i) =>
        StartsSentence(i) || (WordIsAny(i - 1, _words.OpeningConnectives) && StartsSentence(i - 1));

    /// <summary>A yearless month under its clause's lean, or the past one when the clause tells a past event in it.</summary>
    private string YearlessMonthInClause(int month, int start, int end)
    {
        var value = YearlessMonth(month, ClauseLean(start, end));
        return GoesBackAsPastEvent(value, start) ? YearlessMonth(month, Lean.Past) : value;
    }

    /// <summary>Whether a date resolved under its clause's lean goes back to the past as the day of a past event: only
    /// when it lies ahead of the report, where the past lean would choose another year (a date in the past is the
    /// nearest past one under every lean), so the walk over the sentence is paid only there.</summary>
    private bool GoesBackAsPastEvent(string? value, int start) => value is not null && IsAheadOfReference(value) && TellsPastEventOnTheDay(start);

    /// <summary>Whether a "YYYY-MM" or "YYYY-MM-DD" value (as <see cref="YearlessMonth"/> and <see cref="YearlessDay"/>
    /// write them) lies after the reference's month or day.</summary>
    private bool IsAheadOfReference(string value)
    {
        if (_refDayKey < 0 || value.Length < 7 || !char.IsAsciiDigit(value[0]))
        {
            return false;
        }

        var month = (Digits(value, 0, 4) * 100) + Digits(value, 5, 2);
        var referenceMonth = _refDayKey / 100;
        return month != referenceMonth ? month > referenceMonth : value.Length >= 10 && Digits(value, 8, 2) > _refDayKey % 100;

        static int Digits(string s, int start, int count)
        {
            var number = 0;
            for (var k = start; k < start + count; k++)
            {
                number = (number * 10) + (s[k] - '0');
            }

            return number;
        }
    }

    /// <summary>Whether the date at <paramref name="start"/> is the day of an event its clause tells in the past: "He
    /// died on Nov. 29", "signed the order on Dec. 1", "The concert was cancelled on Dec. 2", "announced on Dec. 1"
    /// written in late November; "was born in December", "raised rates at its December meeting". The day is gone,
    /// however near the next one is.</summary>
    /// <remarks>Only after "on", "in" or "at" (and "the" or a possessive): elsewhere a past form is as often another
    /// clause's ("declared a dividend, payable Dec. 7") or speech told in the past ("trading opened Monday").</remarks>
    private bool TellsPastEventOnTheDay(int start)
    {
        // "at its December meeting", "in the March quarter": the date names the event
        var before = (IsCue(start - 1, Cue.The) || WordIsAny(start - 1, _words.PossessivesAndDemonstratives)) ? start - 2 : start - 1;
        return (IsCue(before, Cue.On) || IsCue(before, Cue.In) || IsCue(before, Cue.At)) && TellsPastEventBefore(before);
    }

    /// <summary>Whether the stretch of the sentence before token <paramref name="end"/> (back to a comma or the
    /// sentence's start) tells an event in the past: a past verb, listed or by its -ed form, and no future cue, modal,
    /// "to" or present verb of a schedule. "was", "were" and "had" alone do not ("had been set to expire Nov. 6"),
    /// nor a passive after "be" ("will be held on Dec. 1").</summary>
    private bool TellsPastEventBefore(int end)
    {
        // The whole stretch is read, as an -ed word nearer the date may be an adjective ("will redeem preferred shares
        // on Oct. 31"): first for a past verb, on the tokens' classes and endings, then, only where one was found, for
        // a word that speaks of now or ahead.
        var pastVerb = false;
        var first = end;
        for (int i = end - 1, seen = 0; i >= 0 && seen < CueWindowBack; i--, seen++)
        {
            ref readonly var t = ref _tokens[i];
            if (_tokens[i + 1].BreakBefore || (t.Kind == TokenKind.Symbol && (t.Symbol is '!' or '?' or ';' or ',' || EndsSentence(i))))
            {
                break; // the line's start (a paragraph's, when the date opens one) or the sentence's
            }

            first = i;
            if (t.Class == WordClass.FutureCue)
            {
                return false;
            }

            if (t.Class == WordClass.PastCue)
            {
                // "said on Dec. 1" is the day of the saying; "said the vote is on Dec. 1" stops at "is"
                pastVerb |= !WordIsAny(i - 1, _words.Be) && !WordIsAny(i, _words.PastBe) && !WordIsAny(i, _words.Had) &&
                            (t.Value == (byte)PastCueKind.Event || i == end - 1);
            }
            else
            {
                pastVerb |= IsPastTenseVerb(i);
            }
        }

        if (!pastVerb)
        {
            return false;
        }

        // another verb of the clause speaks of now or ahead: "a man charged with murder appears in court on Dec. 1",
        // "voters who registered can cast ballots on Dec. 1"
        // ("changed from a fiscal year to a calendar year in December": "to" before an article or a possessive is the
        // preposition, no infinitive)
        for (var i = first; i < end; i++)
        {
            if (WordIsAny(i, _words.NotPastEventWords) && !IsPrepositionTo(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether "to" at <paramref name="i"/> is a preposition by the word after it: an article, a possessive or
    /// a demonstrative ("switched to a calendar year", "moved to its new offices"), which no infinitive starts with.</summary>
    private bool IsPrepositionTo(int i) =>
        WordIsAny(i, _words.To) &&
        (IsCue(i + 1, Cue.The) || IsCue(i + 1, Cue.A) || WordIsAny(i + 1, _words.PossessivesAndDemonstratives));

    private static int IsoWeekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    /// <summary>The day a weekday names, relative to the reference.</summary>
    private DateOnly? WeekdayDate(int weekday, Lean lean)
    {
        if (_ref is not { } r)
        {
            return null;
        }

        var delta = weekday - IsoWeekday(r);
        var days = lean switch
        {
            Lean.Past => delta <= 0 ? delta : delta - 7,
            Lean.Future => delta >= 0 ? delta : delta + 7,
            Lean.Last => delta < 0 ? delta : delta - 7,
            Lean.Next => delta > 0 ? delta : delta + 7,
            Lean.This => delta,
            _ => delta,
        };
        return PlusDays(r, days);
    }

    /// <summary><paramref name="day"/> moved by <paramref name="days"/>; null when there is no day or the result
    /// falls outside the calendar (years 1 to 9999), which a reference of 0001-01-01 or 9999-12-31 reaches.</summary>
    private static DateOnly? PlusDays(DateOnly? day, long days) =>
        day is { } d && d.DayNumber + days is var target && target >= 0 && target <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)target)
            : null;

    private string WeekdayValue(int weekday, Lean lean) =>
        WeekdayDate(weekday, lean) is { } day
            ? TimexValues.Day(day)
            : "XXXX-WXX-" + weekday.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A quarter without a year: the nearest one, ties to the past (results are reported after).</summary>
    private string YearlessQuarter(int quarter, Lean lean)
    {
        if (_ref is not { } r)
        {
            return "XXXX-Q" + quarter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var current = ((r.Month - 1) / 3) + 1;
        var year = r.Year;
        var diff = quarter - current;

        // "expected third-quarter results" in October, "fourth-quarter profit" in January: in the weeks after a
        // quarter ends its results are still ahead; later they are out, and a plan means next year's
        var justEnded = ResultsPending(r, (r.Month - 1) % 3) && (diff == -1 || diff == 3);
        year += lean switch
        {
            Lean.Last => diff < 0 ? 0 : -1,
            Lean.Next => diff > 0 ? 0 : 1,
            Lean.This => 0,
            Lean.Future when justEnded => diff == 3 ? -1 : 0,
            Lean.Future => diff >= 0 ? 0 : 1,
            _ => diff > 0 ? -1 : 0, // results are reported for quarters that have begun
        };
        return QuarterOrUnknown(year, quarter);
    }

    /// <summary>Whether results of the period just ended are still to come: the reporting season runs about six
    /// weeks, through the first month of the next period and half of its second.</summary>
    private static bool ResultsPending(DateOnly reference, int monthOfPeriod) =>
        monthOfPeriod == 0 || (monthOfPeriod == 1 && reference.Day <= 15);

    private static string QuarterOrUnknown(int year, int quarter) =>
        InCalendar(year) ? TimexValues.Quarter(year, quarter) : "XXXX-Q" + quarter.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A half without a year: the current one or the last (results are reported after), the
    /// current one or the next when the clause speaks of the future, but for the one just ended in its first month.</summary>
    private string YearlessHalf(int half, Lean lean)
    {
        if (_ref is not { } r)
        {
            return "XXXX-H" + half.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var current = r.Month <= 6 ? 1 : 2;
        var justEnded = ResultsPending(r, (r.Month - 1) % 6) && half != current; // "expect first-half profit" in July
        var year = lean == Lean.Future && !justEnded ? (half < current ? r.Year + 1 : r.Year) : half > current ? r.Year - 1 : r.Year;
        return InCalendar(year) ? TimexValues.Half(year, half) : "XXXX-H" + half.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private string YearlessSeason(int season, Lean lean)
    {
        var code = SeasonCodes[season];
        if (_ref is not { } r)
        {
            return "XXXX-" + code;
        }

        // Meteorological seasons; December belongs to the winter that starts in it.
        var current = r.Month switch { 3 or 4 or 5 => 0, 6 or 7 or 8 => 1, 9 or 10 or 11 => 2, _ => 3 };
        var seasonYear = r.Month <= 2 ? r.Year - 1 : r.Year;
        var diff = season - current;
        seasonYear += lean switch
        {
            Lean.Last => diff < 0 ? 0 : -1,
            Lean.Next => diff > 0 ? 0 : 1,
            Lean.This => 0,
            Lean.Past or Lean.PastEvent => diff <= 0 ? 0 : -1, // the latest begun: "was closed in the winter" in November
            Lean.Future => diff >= 0 ? 0 : 1,                  // the next not over: "will be finished in the spring"
            _ => diff >= 2 ? -1 : diff < -2 ? 1 : 0,
        };
        return InCalendar(seasonYear) ? TimexValues.Year(seasonYear) + "-" + code : "XXXX-" + code;
    }

    /// <summary>The period <paramref name="offset"/> units from the reference's own, at that unit's
    /// granularity: last month 2023-08, next week 2023-W38, this decade 202.</summary>
    private string? Shifted(TimeUnit unit, int offset)
    {
        if (_ref is not { } r)
        {
            return unit switch
            {
                TimeUnit.Day => UnknownDay,
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Weekend => "XXXX-WXX-WE",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Quarter => "XXXX-QX",
                TimeUnit.Year => "XXXX",
                TimeUnit.Decade => "XXX",
                TimeUnit.Century => "XX",
                _ => null,
            };
        }

        // Checked, not caught: a reference at either end of the calendar has no period beyond it.
        switch (unit)
        {
            case TimeUnit.Day:
                return PlusDays(r, offset) is { } day ? TimexValues.Day(day) : null;
            case TimeUnit.Week:
            case TimeUnit.Fortnight:
                return PlusDays(r, 7L * offset * (unit == TimeUnit.Fortnight ? 2 : 1)) is { } inWeek ? TimexValues.Week(inWeek) : null;
            case TimeUnit.Weekend:
                // Until Saturday, "the weekend" of a report is the one just gone.
                var weekendOffset = offset == 0 && IsoWeekday(r) < 6 ? -1 : offset;
                return PlusDays(r, 7L * weekendOffset) is { } inWeekend ? TimexValues.Week(inWeekend) + "-WE" : null;
            case TimeUnit.Month:
                var month = (r.Year * 12L) + (r.Month - 1) + offset;
                return InCalendar(month / 12) ? TimexValues.Month((int)(month / 12), (int)(month % 12) + 1) : null;
            case TimeUnit.Quarter:
                var quarter = (r.Year * 4L) + ((r.Month - 1) / 3) + offset;
                return InCalendar(quarter / 4) ? TimexValues.Quarter((int)(quarter / 4), (int)(quarter % 4) + 1) : null;
            case TimeUnit.Year:
                return InCalendar(r.Year + (long)offset) ? TimexValues.Year(r.Year + offset) : null;
            case TimeUnit.Decade:
                return (r.Year / 10) + (long)offset is >= 0 and <= 999 ? TimexValues.Decade((r.Year / 10) + offset) : null;
            case TimeUnit.Century:
                return (r.Year / 100) + (long)offset is >= 0 and <= 99 ? TimexValues.Century((r.Year / 100) + offset) : null;
            default:
                return null;
        }
    }

    private static bool InCalendar(long year) => year is >= 1 and <= 9999;

    /// <summary>"a year ago", "the year-earlier quarter" (starting at token <paramref name="start"/>): the period
    /// the sentence compares, a year before. A quarter named earlier in the sentence ("third-quarter profit rose
    /// from $4 million a year earlier") or a run of months ("for the nine months, net rose from $9 million a year
    /// earlier": the year) decides; otherwise, in a text about quarterly results, the quarter the report leads
    /// with; otherwise the previous year, or (<paramref name="quarterNamed"/>: "the quarter a year ago") the last
    /// completed quarter a year before.</summary>
    private string YearEarlier(int start, bool quarterNamed = false)
    {
        switch (PeriodComparedInSentence(start))
        {
            case ComparedPeriod.Quarter:
                return QuarterOrUnknown(_recentQuarter.Year - 1, _recentQuarter.Quarter);
            case ComparedPeriod.Year:
                return _lastQuarter is { } lead ? (InCalendar(lead.Year - 1) ? TimexValues.Year(lead.Year - 1) : "XXXX") : Shifted(TimeUnit.Year, -1) ?? "XXXX";
            case ComparedPeriod.Month when TimexValues.TryParseMonth(_lastMention.Value, out var year, out var month) && InCalendar(year - 1):
                return TimexValues.Month(year - 1, month);
        }

        return _lastQuarter is { } q ? QuarterOrUnknown(q.Year - 1, q.Quarter) :
            quarterNamed ? Shifted(TimeUnit.Quarter, -QuartersInYear - 1) ?? "XXXX-QX" :
            Shifted(TimeUnit.Year, -1) ?? "XXXX";
    }

    private const int QuartersInYear = 4;

    private enum ComparedPeriod : byte { None, Quarter, Year, Month }

    /// <summary>The nearest period named before token <paramref name="start"/> in its sentence: the quarter last
    /// named, a month named (compared a year before), or a span of several months (six or nine months of results are
    /// compared as years).</summary>
    private ComparedPeriod PeriodComparedInSentence(int start)
    {
        // A month is compared only when the sentence names no quarter or run of months: "the third quarter, which
        // ended in September, rose from a year earlier" compares the quarter
        var month = false;
        for (int k = start - 1, seen = 0; k >= 0 && seen < SentenceLookback; k--, seen++)
        {
            if (_tokens[k + 1].BreakBefore || EndsSentence(k))
            {
                break;
            }

            if (_tokens[k].End == _recentQuarter.End)
            {
                return ComparedPeriod.Quarter;
            }

            if (IsUnitPlural(k, TimeUnit.Month) && k > 0 && TryCount(k - 1, out var months, out var countEnd) && countEnd == k && months >= 4)
            {
                return ComparedPeriod.Year;
            }

            month |= _tokens[k].End == _lastMention.End && _lastMention.Value.Length == 7 && _lastMention.Value[4] == '-' &&
                     char.IsAsciiDigit(_lastMention.Value[5]); // "Unemployment fell in October from a year earlier"
        }

        return month ? ComparedPeriod.Month : ComparedPeriod.None;
    }

    /// <summary>"the quarter", "the latest quarter": the quarter last mentioned, else the last one completed.</summary>
    private string CurrentQuarter() =>
        _lastQuarter is { } q ? TimexValues.Quarter(q.Year, q.Quarter) : LatestQuarter();

    /// <summary>"the latest quarter": the last one completed before the reference.</summary>
    private string LatestQuarter() => Shifted(TimeUnit.Quarter, -1) ?? "XXXX-QX";

    private string DayOrUnknown(DateOnly? day) => day is { } d ? TimexValues.Day(d) : UnknownDay;

    private static string WithPartOfDay(string date, int part) => date + PartOfDayCodes[part];

    /// <summary>A weekday of every week, ISO numbered: XXXX-WXX-1 for Mondays.</summary>
    private static string RecurringWeekday(int weekday) => "XXXX-WXX-" + TimexValues.Number(weekday);

    private static string DurationValue(int count, TimeUnit unit)
    {
        var n = count < 0 ? "X" : TimexValues.Number(count);
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Weekend => "P" + (count < 0 ? "X" : TimexValues.Number(2 * count)) + "D",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Fortnight => "P" + (count < 0 ? "X" : TimexValues.Number(2 * count)) + "W",
            TimeUnit.Month => "P" + n + "M",
            TimeUnit.Quarter => "P" + n + "Q",
            TimeUnit.Year => "P" + n + "Y",
            TimeUnit.Decade => count < 0 ? "PXDE" : "P" + TimexValues.Number(10 * count) + "Y",
            TimeUnit.Century => count < 0 ? "PXC" : "P" + TimexValues.Number(100 * count) + "Y",
            _ => "PX",
        };
    }
}
