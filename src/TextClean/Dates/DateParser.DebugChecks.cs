using System.Diagnostics;

namespace TextClean.Dates;

/// <summary>Debug builds (the tests, the fuzzer) hold the fast paths of the parser to the plain ones they stand for.</summary>
internal sealed partial class DateParser
{
    /// <summary>MatchAt enters a family only where that family's own first tests can pass; a family that learns a new
    /// first test without its entry condition in MatchAt learning it too would silently lose matches. Every family
    /// the start token's class allows, tried unconditionally, must find the same match.</summary>
    [Conditional("DEBUG")]
    private void AssertEveryFamilyAgrees(int i, Match match) =>
        Debug.Assert(match == MatchAtEveryFamily(i), "MatchAt skipped a family that matches here: see its entry conditions");

    /// <summary>MatchAt as it was before the entry conditions: every family the start token's kind or class allows.</summary>
    private Match MatchAtEveryFamily(int i)
    {
        ref readonly var t = ref _tokens[i];
        var best = Match.None;
        if (t.Kind == TokenKind.Number)
        {
            Consider(ref best, NumericDate(i));
            Consider(ref best, MonthDate(i));
            Consider(ref best, Year(i));
            Consider(ref best, QuarterOrHalf(i));
            Consider(ref best, Time(i));
            Consider(ref best, Duration(i));
            Consider(ref best, Relative(i));
            Consider(ref best, CoordinatedDay(i));
            return best;
        }

        switch (t.Kind == TokenKind.Symbol ? WordClass.Decade : t.Class)
        {
            case WordClass.Decade: // '90s (the nineties starts at "the")
                return Year(i);
            case WordClass.Month or WordClass.MonthAbbrev:
                return MonthDate(i);
            case WordClass.Weekday or WordClass.WeekdayAbbrev:
                Consider(ref best, MonthDate(i));
                Consider(ref best, Weekday(i));
                return best;
            case WordClass.Deictic or WordClass.Tonight:
                return Deictic(i);
            case WordClass.Season:
                return SeasonDate(i);
            case WordClass.Holiday:
                return HolidayDate(i);
            case WordClass.Clock:
                return Time(i);
            case WordClass.Reference:
                return ReferenceWord(i);
            case WordClass.SetAdverb:
                return Set(i);
            case WordClass.Unit or WordClass.UnitPlural:
                Consider(ref best, Relative(i));
                Consider(ref best, Duration(i));
                return best;
            default:
                Consider(ref best, Modified(i));
                Consider(ref best, Time(i));
                Consider(ref best, DateCore(i));
                Consider(ref best, Duration(i));
                Consider(ref best, Set(i));
                Consider(ref best, ReferenceWord(i));
                return best;
        }
    }
}
