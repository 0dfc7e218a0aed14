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
        Debug.Assert(match == MatchAt(i, enterEveryFamily: true), "MatchAt skipped a family that matches here: see its entry conditions");

    /// <summary><see cref="MatchAtNumber"/> without its entry conditions.</summary>
    private Match EveryNumberFamily(int i)
    {
        var best = Match.None;
        Consider(ref best, NumericDate(i));
        Consider(ref best, IsoWeekDate(i));
        Consider(ref best, YearRangeEnd(i));
        Consider(ref best, MonthDate(i));
        Consider(ref best, Year(i));
        Consider(ref best, QuarterOrHalf(i));
        Consider(ref best, Time(i));
        Consider(ref best, Duration(i));
        Consider(ref best, Relative(i));
        Consider(ref best, CoordinatedDay(i));
        return best;
    }

    /// <summary><see cref="MatchAtOtherWord"/> without its entry conditions.</summary>
    private Match EveryOtherWordFamily(int i)
    {
        var best = Match.None;
        Consider(ref best, Modified(i));
        Consider(ref best, Time(i));
        Consider(ref best, DateCore(i));
        Consider(ref best, Duration(i));
        Consider(ref best, Set(i));
        Consider(ref best, ReferenceWord(i));
        return best;
    }
}
