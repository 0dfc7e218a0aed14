using System.Buffers;
using System.Runtime.CompilerServices;

namespace TextClean.Dates;

/// <summary>
/// The grammar: at each token that can start a temporal expression, every family of patterns is tried
/// and the longest match wins (ties go to the family tried first). Each pattern looks at a bounded
/// number of tokens, so the whole scan is linear. One parser serves one call; it is not shared.
/// </summary>
/// <remarks>
/// The value conventions follow the TimeML TIMEX3 guidelines and TempEval-3 annotation: modifiers such as
/// "early" or "the end of" are part of the expression but leave the value alone ("early November 2022"
/// is 2022-11); yearless dates resolve to the nearest occurrence, weekdays to the past unless the clause
/// speaks of the future; "a year ago" in a text about quarters is the same quarter a year before.
/// </remarks>
internal sealed partial class DateParser
{
    private const int CueWindowBack = 16;
    private const int CueWindowForward = 6;
    private const int FrontedCueWindow = 14; // a fronted date's main clause: its subject, then the verb
    private const int SentenceLookback = 60; // within the window's Lookback: the tokens before a mention stay in view

    // The parser sees the text through a window of tokens: Lookback tokens of what came before the
    // current one (the tense cues, the word before a year) and at least Lookahead after it (the longest
    // pattern plus its forward cue window), so no pattern can tell the window from the whole text.
    internal const int WindowSize = 2048;
    private const int Lookback = 64;
    private const int Lookahead = 128;

    private readonly ReadOnlyMemory<char> _text;
    private readonly Token[] _tokens;
    private int _count;
    private int _end;     // InRange's bound: _count, or while a match is tried, the end of the token's line
    private int _lineEnd; // the first token after the current one that starts a new line (_count when unseen); 0 after a slide
    private DateTokenizer _tokenizer;
    private readonly DateOnly? _ref;
    private readonly TimeOnly? _refTime;
    private readonly bool _monthFirst;
    private readonly DateLanguage _language;
    private readonly GrammarWords _words; // every word a rule names, the language's own
    private (int Year, int Quarter)? _lastQuarter;
    private (int End, int Year, int Quarter) _recentQuarter = (-1, 0, 0); // the last quarter named, ending at char End
    private (int Year, int Month)? _lastMonth; // month 0: the last date named only a year
    private string? _lastDay;                  // the last full date named, YYYY-MM-DD
    private bool _readingRangeEnd;             // Time is reading the end of a range of clock times for its day
    private readonly int _refDayKey;           // the reference as YYYYMMDD, -1 for none (IsAheadOfReference)
    private (int End, string Value) _lastMention = (-1, "");

    /// <summary>The value of the last mention whatever its type (a clock time's too, which <see cref="_lastMention"/>
    /// leaves out): "from 9am on Monday until 5pm on Wednesday" reads the end after the start's day.</summary>
    private string _lastMentionValue = "";
    private int _lastMentionStart = -1; // its first character
    private string? _dayAnchor;            // what "that same day" refers to: a day, month or year, "" for none (DayAnchor)
    private int _dayAnchorScanned;         // the text after the anchor is scanned for line breaks up to here
    private int _dayAnchorBreaks;          // the line breaks found there, up to two
    private int _dayAnchorLastBreak = -1;  // the last one's position
    private int _dayAnchorReachEnd = int.MaxValue; // the second one's: a "that day" from there on is out of reach

    /// <param name="text">The text to search.</param>
    /// <param name="reference">What relative expressions resolve against; null leaves them as placeholders.</param>
    /// <param name="options">The language and numeric date order.</param>
    /// <param name="tokens">A buffer of at least <see cref="WindowSize"/> tokens, the caller's to reuse.</param>
    public DateParser(ReadOnlyMemory<char> text, Token[] tokens, ArticleDate? reference, DateOptions options)
    {
        _text = text;
        _tokens = tokens;
        _tokenizer = new DateTokenizer(text, options.Language);
        _language = options.Language;
        _words = options.Language.Grammar;
        _ref = reference?.Date;
        _refTime = reference?.Time;
        _refDayKey = _ref is { } r ? (r.Year * 10_000) + (r.Month * 100) + r.Day : -1;
        _monthFirst = options.NumericOrder switch
        {
            NumericDateOrder.MonthFirst => true,
            NumericDateOrder.DayFirst => false,
            _ => options.Language.MonthFirst,
        };
    }

    /// <summary>A matched expression: tokens [start, End), its type and value.</summary>
    /// <summary><paramref name="Anaphoric"/>: the value was borrowed from an earlier mention ("a year
    /// earlier"), so it must not become the context for later ones.</summary>
    private readonly record struct Match(int End, TimexType Type, string Value, bool Anaphoric = false)
    {
        public static readonly Match None = new(-1, TimexType.Date, "");

        public bool Found => End >= 0;
    }

    /// <summary>The mentions in text order: an exact-size array, the empty one when there are none.</summary>
    public DateMention[] Parse()
    {
        // Mentions gather in a pooled buffer, so the caller gets one array of the right size (no allocation for
        // a text without dates) and a long text leaves no trail of outgrown arrays on the large object heap.
        var mentions = new MentionBuffer();
        try
        {
            ParseInto(ref mentions);
            return mentions.ToArray();
        }
        finally
        {
            mentions.Dispose();
        }
    }

    private void ParseInto(ref MentionBuffer mentions)
    {
        var i = 0;
        while (true)
        {
            if (_count - i < Lookahead && !_tokenizer.AtEnd)
            {
                i = Slide(i);
            }

            // Most tokens can start nothing whatever follows them: skip them without a look at their neighbours,
            // up to the last token that has its full lookahead in the window.
            var limit = _tokenizer.AtEnd ? _count : _count - Lookahead + 1;
            i = NextMayStart(i, limit);

            if (i >= _count)
            {
                break;
            }

            if (i >= limit)
            {
                continue; // the window slides first
            }

            // A mention never runs on past a line break (a paragraph, heading or list boundary), so what a
            // line gives does not depend on the lines after it.
            _end = LineEnd(i);
            if (!CanStart(i))
            {
                _end = _count;
                i++;
                continue;
            }

            var match = MatchAt(i);
            AssertEveryFamilyAgrees(i, match);
            _end = _count;
            if (!match.Found)
            {
                i++;
                continue;
            }

            var start = _tokens[i].Start;
            var end = _tokens[match.End - 1].End;
            mentions.Add(new DateMention(start, end - start, _text.Span.Slice(start, end - start).ToString(), match.Type, match.Value));
            NoteQuarter(match, i, end);
            NoteDate(match);
            NoteDayAnchor(match, end);
            _lastMention = (end, match.Type == TimexType.Date || HasPartOfDay(match.Value) ? match.Value : ""); // "last night at 10:30"
            _lastMentionValue = match.Value;
            _lastMentionStart = start;
            i = match.End;
        }
    }

    private struct MentionBuffer : IDisposable
    {
        private DateMention[]? _items;
        private int _count;

        public void Add(DateMention mention)
        {
            if (_items is null || _count == _items.Length)
            {
                var larger = ArrayPool<DateMention>.Shared.Rent(Math.Max(16, _count * 2));
                if (_items is not null)
                {
                    _items.AsSpan(0, _count).CopyTo(larger);
                    ArrayPool<DateMention>.Shared.Return(_items, clearArray: true);
                }

                _items = larger;
            }

            _items[_count++] = mention;
        }

        public readonly DateMention[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

        public void Dispose()
        {
            if (_items is not null)
            {
                ArrayPool<DateMention>.Shared.Return(_items, clearArray: true);
                _items = null;
            }
        }
    }

    /// <summary>Moves the window on: keeps the <see cref="Lookback"/> tokens before token
    /// <paramref name="i"/> and what follows it, and tokenizes more text after them. Returns the index
    /// token <paramref name="i"/> has now.</summary>
    private int Slide(int i)
    {
        var keepFrom = Math.Max(0, i - Lookback);
        if (keepFrom > 0)
        {
            _tokens.AsSpan(keepFrom, _count - keepFrom).CopyTo(_tokens);
            _count -= keepFrom;
            i -= keepFrom;
        }

        while (_count < _tokens.Length && !_tokenizer.AtEnd)
        {
            _count += _tokenizer.Fill(_tokens.AsSpan(_count));
        }

        _end = _count;
        _lineEnd = 0;
        return i;
    }

    /// <summary>The first token after token <paramref name="i"/> that starts a new line, else the window's end.
    /// Each token is scanned once per window, so the scan stays linear.</summary>
    private int LineEnd(int i)
    {
        if (_lineEnd <= i)
        {
            // a span of the window's tokens: the loop then keeps no field in memory and checks no range
            var tokens = _tokens.AsSpan(0, _count);
            var k = i + 1;
            while ((uint)k < (uint)tokens.Length && !tokens[k].BreakBefore)
            {
                k++;
            }

            _lineEnd = k;
        }

        return _lineEnd;
    }

    /// <summary>The first token from <paramref name="i"/> that the tokenizer marked as a possible start, else
    /// <paramref name="limit"/> (or <paramref name="i"/> when it is past the limit already).</summary>
    private int NextMayStart(int i, int limit)
    {
        var tokens = _tokens.AsSpan(0, Math.Max(limit, 0));
        while (true)
        {
            while ((uint)i < (uint)tokens.Length && !tokens[i].MayStart)
            {
                // Debug builds (the tests, the fuzzer) hold the tokenizer's mark to the grammar's full test.
                System.Diagnostics.Debug.Assert(!CanStart(i), "a token CanStart accepts is not marked MayStart");
                i++;
            }

            if ((uint)i >= (uint)tokens.Length || !IsArticleBeforePlainWord(i))
            {
                return i;
            }

            System.Diagnostics.Debug.Assert(!CanStart(i), "an article CanStart accepts is skipped");
            i++;
        }
    }

    /// <summary>Whether token <paramref name="i"/> is an article before a plain word on its line ("the company", "a
    /// share"), which starts nothing: half the marked tokens of news, so they are passed over in the skip rather
    /// than by the full test (<see cref="CanStart"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsArticleBeforePlainWord(int i)
    {
        var meaning = TokenMeaning.BitsOf(ref _tokens[i].Meaning);
        return (meaning == TheBits || meaning == ABits) && i + 1 < _count && !_tokens[i + 1].BreakBefore &&
               TokenMeaning.BitsOf(ref _tokens[i + 1].Meaning) == PlainWordBits;
    }

    private static readonly uint PlainWordBits = TokenMeaning.BitsOf(in TokenMeaning.PlainWord);

    // The articles' meanings as the tokenizer writes them (CanStart's Cue.The and Cue.A): marked, since CanStart
    // takes them before a word of the lists. Not read from WordMayStart: C# would not promise that table is built
    // before these fields.
    private static readonly uint TheBits = MarkedCueBits(Cue.The);
    private static readonly uint ABits = MarkedCueBits(Cue.A);

    private static uint MarkedCueBits(Cue cue)
    {
        var meaning = new TokenMeaning(TokenKind.Word, WordClass.Cue, (byte)cue, MayStart: true);
        return TokenMeaning.BitsOf(in meaning);
    }

    /// <summary>Most tokens (plain words, punctuation, "of", "said") can start no expression: skipping them
    /// before trying any pattern is what makes the scan fast. Articles are the most frequent starters, and
    /// one before a plain word ("the company", "a share") starts nothing, so they need a look at the next token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool CanStart(int i)
    {
        ref readonly var t = ref _tokens[i];
        switch (t.Kind)
        {
            case TokenKind.Number:
                return true;
            case TokenKind.Symbol:
                return t.Symbol is '\'' or '\u2019' or '\u2018' && IsNumber(i + 1) && Attached(i + 1); // '90s
        }

        if (t.Class == WordClass.Preposition)
        {
            // "that year", "that same day", "that night" (anaphora); other prepositions start nothing
            return t.Value == PrepositionThat && (IsCue(i + 1, Cue.Same) || IsClass(i + 1, WordClass.Unit) || IsClass(i + 1, WordClass.PartOfDay));
        }

        if (t.Class == WordClass.Holiday)
        {
            // a holiday's word is a name: "good", "palm" or "black" in lower case starts nothing; the names of places
            // and people that name a day ("New", "Canada", "Mother") only before its "Year", "Day" or possessive, or
            // the word that makes the name a day's ("Remembrance Sunday", "Bonfire Night", "St" before "Patrick's")
            var holiday = (Holiday)t.Value;
            return t.Capitalized && (!NeedsDayWordAfter(holiday) || IsApostrophe(i + 1) || IsClass(i + 1, WordClass.Unit) ||
                                     holiday == Holiday.StPatrick ||
                                     (holiday == Holiday.Remembrance && IsClass(i + 1, WordClass.Weekday)) ||
                                     (holiday == Holiday.Bonfire && IsClass(i + 1, WordClass.PartOfDay)));
        }

        if (t.Class != WordClass.Cue)
        {
            return WordClassCanStart[(int)t.Class];
        }

        if ((Cue)t.Value == Cue.These)
        {
            return IsUnitPlural(i + 1, TimeUnit.Day); // "these days" and nothing else
        }

        if ((Cue)t.Value == Cue.Half)
        {
            return IsCue(i + 1, Cue.Past); // "half past six" ("the first half" starts at "the")
        }

        if ((Cue)t.Value is Cue.The or Cue.A)
        {
            return !InRange(i + 1) || _tokens[i + 1].Kind != TokenKind.Word ||
                   (_tokens[i + 1].Class != WordClass.None && (_tokens[i + 1].Capitalized || _tokens[i + 1].Class != WordClass.Holiday));
        }

        return CueCanStart[t.Value];
    }

    /// <summary>The holidays named by a word that is mostly a name of its own (New York, Canada, Mother Teresa).</summary>
    private static bool NeedsDayWordAfter(Holiday holiday) => holiday >= Holiday.NewYear && holiday != Holiday.Juneteenth;

    /// <summary>Whether a word can start an expression in some context: false means <see cref="CanStart"/> is
    /// false whatever surrounds it, so the tokenizer marks the few tokens worth a look (one table read per word
    /// it looked up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool WordMayStart(WordClass wordClass, byte value) =>
        wordClass == WordClass.Preposition ? value == PrepositionThat :
        WordMayStartTable[wordClass == WordClass.Cue ? 256 + value : (int)wordClass];

    /// <summary>The value of the one preposition that starts an expression ("that year", "that same day"):
    /// the others ("to", "by", "as": one word in thirty of news) are left in the tokenizer's skip.</summary>
    internal const byte PrepositionThat = 1;

    /// <summary>Whether a symbol can start an expression: the apostrophe of '90s, which a digit follows (an
    /// apostrophe before a letter, as in every possessive, starts nothing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SymbolMayStart(char c, char next) => c is '\'' or '\u2019' or '\u2018' && char.IsAsciiDigit(next);

    private static bool[] BuildWordMayStartTable()
    {
        // Built from fresh copies of the two tables, not the static fields, so that field order (which C# does
        // not define across the files of a partial class) cannot hand it a null table.
        var classCanStart = BuildWordClassCanStart();
        var cueCanStart = BuildCueCanStart();
        var table = new bool[512];
        for (var c = 0; c < 256; c++)
        {
            table[c] = (WordClass)c != WordClass.None && classCanStart[c];
            table[256 + c] = (Cue)c is Cue.These or Cue.Half or Cue.The or Cue.A || cueCanStart[c];
        }

        return table;
    }

    private static readonly bool[] WordClassCanStart = BuildWordClassCanStart();

    private static readonly bool[] CueCanStart = BuildCueCanStart();

    // Indexed by word class, and for cues by 256 + the cue. CanStart's context tests decide the rest: a
    // preposition before "same" or a unit, an article before a word of the grammar, "these days", "half past".
    private static readonly bool[] WordMayStartTable = BuildWordMayStartTable();

    private static bool[] BuildWordClassCanStart()
    {
        var table = new bool[256];
        Array.Fill(table, true);
        foreach (var c in (WordClass[])[WordClass.None, WordClass.FutureCue, WordClass.PastCue, WordClass.Preposition,
                     WordClass.NumberLabel, WordClass.Percent, WordClass.CountNoun, WordClass.TimeZone, WordClass.Meridiem])
        {
            table[(int)c] = false;
        }

        return table;
    }

    private static bool[] BuildCueCanStart()
    {
        var table = new bool[256];
        Array.Fill(table, true);
        foreach (var c in (Cue[])[Cue.Of, Cue.And, Cue.On, Cue.At, Cue.In, Cue.Ago, Cue.Before, Cue.After, Cue.From, Cue.Other,
                     Cue.Local, Cue.Time, Cue.Near, Cue.Same, Cue.Ahead, Cue.For, Cue.Most, Cue.Half, Cue.Period, Cue.Full, Cue.Short,
                     Cue.Comparable, Cue.PlaySeason])
        {
            table[(int)c] = false;
        }

        return table;
    }

    /// <summary>The longest expression starting at token i. The first token already tells which families
    /// can match, so only those are tried (a number starts no set, a month name no duration), and each family is
    /// entered only where its own first tests can pass: most starts in news match nothing (an amount, "the
    /// company"), and a call per family was most of what they cost.</summary>
    private Match MatchAt(int i) => MatchAt(i, enterEveryFamily: false);

    /// <param name="i">The index of the first token.</param>
    /// <param name="enterEveryFamily">Whether a number or an other word tries every family its kind allows, without
    /// the entry conditions: the plain form Debug builds hold <see cref="MatchAtNumber"/> and
    /// <see cref="MatchAtOtherWord"/> to.</param>
    private Match MatchAt(int i, bool enterEveryFamily)
    {
        ref readonly var t = ref _tokens[i];
        var best = Match.None;
        if (t.Kind == TokenKind.Number)
        {
            return enterEveryFamily ? EveryNumberFamily(i) : MatchAtNumber(i);
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
            case WordClass.SetAdverb or WordClass.WeekdayPlural:
                return Set(i);
            case WordClass.Unit or WordClass.UnitPlural:
                Consider(ref best, Relative(i));
                Consider(ref best, Duration(i));
                if (t.Value == (byte)TimeUnit.Quarter)
                {
                    Consider(ref best, Time(i)); // quarter past ten
                }

                return best;
            default:
                return enterEveryFamily ? EveryOtherWordFamily(i) : MatchAtOtherWord(i);
        }
    }

    /// <summary><see cref="MatchAt(int)"/> for a number: the families in their order, each behind what it needs of a
    /// number at its start (see each one's first tests).</summary>
    private Match MatchAtNumber(int i)
    {
        ref readonly var t = ref _tokens[i];
        var best = Match.None;
        var length = t.Length;
        var attachedWordNext = IsWord(i + 1) && Attached(i + 1);
        var count = length <= 3 && IsPlainNumber(i); // what TryCount takes

        if (Attached(i + 1) && _tokens[i + 1].Kind == TokenKind.Symbol)
        {
            Consider(ref best, NumericDate(i)); // 2023-09-12, 12/09/2023
            Consider(ref best, IsoWeekDate(i)); // 2023-W37, 2023-W37-2
        }

        if (length == 2 && EndsYearRange(i))
        {
            Consider(ref best, YearRangeEnd(i)); // the 21 of 2019-21
        }

        if (length <= 2)
        {
            Consider(ref best, MonthDate(i)); // a day: 15 March, the 15th of March
        }

        if (length == 4 || (length <= 2 && attachedWordNext))
        {
            Consider(ref best, Year(i)); // a year, the 1990s, the 21st century
        }

        if ((length == 4 && IsClass(i + 1, WordClass.Ordinal)) || (length == 1 && attachedWordNext))
        {
            Consider(ref best, QuarterOrHalf(i)); // the 1988 second quarter, 3Q
        }

        if ((length <= 2 && t.Number <= 24) || (length == 4 && InRange(i + 1) && _tokens[i + 1].Class is WordClass.TimeZone or WordClass.Cue))
        {
            Consider(ref best, Time(i)); // an hour, 0700 GMT
        }

        if (count && MayFollowACount(i + 1))
        {
            Consider(ref best, Duration(i)); // a count
        }

        if (count && InRange(i + 1) && (_tokens[i + 1].Class is WordClass.Unit or WordClass.UnitPlural || (attachedWordNext && IsCue(i + 2, Cue.Ago))))
        {
            Consider(ref best, Relative(i)); // a count of units: two years ago
        }

        if (InRange(i - 2) && _tokens[i - 2].End == _lastMention.End)
        {
            Consider(ref best, CoordinatedDay(i)); // the second day of "April 24 and 25"
        }

        return best;
    }

    /// <summary><see cref="MatchAt(int)"/> for the words with no family of their own (articles, cues, number words),
    /// in the order <see cref="DateCore"/> gives: a word is no number, clock, weekday or season, so the families
    /// that need one at the start are entered only where it follows.</summary>
    private Match MatchAtOtherWord(int i)
    {
        var best = Match.None;
        ref readonly var t = ref _tokens[i];
        Cue? cue = t.Class == WordClass.Cue ? (Cue)t.Value : null;
        if (cue is Cue.The or Cue.End or Cue.Beginning or Cue.Start or Cue.Early or Cue.Late or Cue.Mid or Cue.Earlier or Cue.Later)
        {
            Consider(ref best, Modified(i)); // the end of, early, mid-
        }

        // DateCore's families: NumericDate, Time and Weekday need a number, a clock word or a weekday here
        if ((cue == Cue.The && (IsNumber(i + 1) || IsClass(i + 1, WordClass.Ordinal))) || t.Class == WordClass.Ordinal)
        {
            Consider(ref best, MonthDate(i)); // the 15th of March, the fourth of July, Fourth of July
        }

        if (cue is Cue.Mid or Cue.Early or Cue.Late or Cue.Last or Cue.This)
        {
            Consider(ref best, Deictic(i)); // early morning, this afternoon
        }

        if (cue == Cue.The && InRange(i + 2) && (IsClass(i + 2, WordClass.Weekday) || IsUnit(i + 2, TimeUnit.Day)))
        {
            Consider(ref best, NthDayOfMonth(i)); // the first Monday of December, the last day of the month
        }

        // Relative and Duration are built on a unit, a month, a weekday or a part of the day a few words on (or a bare
        // "last" ending a comparison): most articles and cues in news have none near ("the company", "a few people")
        var timeWordNear = cue == Cue.Last || TimeWordWithin(i, UnitReach);
        if (timeWordNear)
        {
            Consider(ref best, Relative(i));
        }

        // Year and QuarterOrHalf look past an article; without one they need an ordinal, a number word, "fiscal",
        // "FY", or Q/H themselves ("the 21st century", "nineteen ninety-six", "fiscal 1989", "third quarter", "Q3")
        if ((cue == Cue.The && MayFollowTheInAYear(i + 1)) || cue is Cue.Fiscal or Cue.FiscalYearPrefix || t.Class is WordClass.Ordinal or WordClass.Cardinal)
        {
            Consider(ref best, Year(i));
        }

        // what a quarter or half starts with after "the": a year, an ordinal, "last", Q3, 3Q ("the end" and "the
        // company" start none)
        if ((cue == Cue.The && InRange(i + 1) && (_tokens[i + 1].Kind == TokenKind.Number || _tokens[i + 1].Class == WordClass.Ordinal ||
                                                   _tokens[i + 1].Is(Cue.Last) || _tokens[i + 1].Is(Cue.QuarterLetter) || _tokens[i + 1].Is(Cue.HalfLetter))) ||
            t.Class == WordClass.Ordinal || cue is Cue.QuarterLetter or Cue.HalfLetter)
        {
            Consider(ref best, QuarterOrHalf(i));
        }

        if (IsClass(i + 1, WordClass.Season) || IsClass(i + 2, WordClass.Season))
        {
            Consider(ref best, SeasonDate(i)); // the winter, this past summer
        }

        if (IsClass(i + 1, WordClass.Holiday))
        {
            Consider(ref best, HolidayDate(i)); // next Christmas
        }

        // a count, or a determiner before one: five years, a week, several days, the past two years, the next few weeks
        if (timeWordNear && (t.Class == WordClass.Cardinal || cue is Cue.The or Cue.Past or Cue.Last or Cue.Next or Cue.Previous or Cue.Coming or
                Cue.Following or Cue.Couple or Cue.A or Cue.Few or Cue.Several or Cue.Many or Cue.Some))
        {
            Consider(ref best, Duration(i));
        }

        if (cue == Cue.Half || (cue == Cue.A && IsUnit(i + 1, TimeUnit.Quarter)) || (t.Class == WordClass.Cardinal && IsOClock(i + 1)))
        {
            Consider(ref best, Time(i)); // a quarter past ten, half past six, two o'clock
        }

        if (cue is Cue.Per or Cue.Every or Cue.Each)
        {
            Consider(ref best, Set(i)); // every week, per year
        }

        // the current, the past, these days, the near future, a later date: after an article, only before "near",
        // "short", "past", "later" or a reference word ("future")
        if (cue is Cue.Current or Cue.Past or Cue.These ||
            (cue is Cue.The or Cue.A && InRange(i + 1) && (_tokens[i + 1].Class == WordClass.Reference || _tokens[i + 1].Is(Cue.Near) ||
                                                            _tokens[i + 1].Is(Cue.Short) || _tokens[i + 1].Is(Cue.Past) || _tokens[i + 1].Is(Cue.Later))))
        {
            Consider(ref best, ReferenceWord(i));
        }

        return best;
    }

    /// <summary>Whether token <paramref name="i"/>, after "the", can go on into a year, a decade or a century
    /// (<see cref="Year"/>): a number ("the 1990s", "the 90s"), an apostrophe ("the '90s"), a decade's word ("the
    /// nineties"), an ordinal ("the 21st century"), "year" ("the year 2000"), "fiscal" or a direction ("the current
    /// fiscal year").</summary>
    private bool MayFollowTheInAYear(int i)
    {
        if (!InRange(i))
        {
            return false;
        }

        ref readonly var t = ref _tokens[i];
        return t.Kind is TokenKind.Number or TokenKind.Symbol || t.Class is WordClass.Decade or WordClass.Ordinal or WordClass.Unit ||
               t.Is(Cue.Fiscal) || t.Is(Cue.Latest) || Direction(i) is not null;
    }

    /// <summary>How far from its first token a relative expression or a span may reach its unit: "the past couple of
    /// more years", "two and a half years", "earlier that same day", "the most recent quarter".</summary>
    private const int UnitReach = 9;

    /// <summary>Whether a token in [<paramref name="i"/>, <paramref name="i"/> + <paramref name="reach"/>) is a word a
    /// relative expression or a span is built on: a unit, a month, a weekday, a part of the day, an ordinal ("second"),
    /// a season of play, "period". A superset of what <see cref="Relative"/> and <see cref="Duration"/> need after a
    /// word, checked in a few instructions a token where each of them takes hundreds to say no.</summary>
    private bool TimeWordWithin(int i, int reach)
    {
        var end = Math.Min(_count, i + reach);
        for (var k = i; k < end; k++)
        {
            ref readonly var t = ref _tokens[k];
            if (((TimeWordClasses >> (int)t.Class) & 1) != 0 ||
                (t.Class == WordClass.Cue && (t.Value == (byte)Cue.PlaySeason || t.Value == (byte)Cue.Period)))
            {
                return true;
            }
        }

        return false;
    }

    private const ulong TimeWordClasses = (1UL << (int)WordClass.Unit) | (1UL << (int)WordClass.UnitPlural) | (1UL << (int)WordClass.Month) |
                                          (1UL << (int)WordClass.MonthAbbrev) | (1UL << (int)WordClass.Weekday) |
                                          (1UL << (int)WordClass.PartOfDay) | (1UL << (int)WordClass.Ordinal);

    /// <summary>Whether token <paramref name="i"/>, right after a number, can go on into a span (<see cref="Duration"/>):
    /// a unit ("5 years"), a hyphen ("five-year"), a fraction ("2 1/2 years"), "and a half", "more" or "trading"
    /// before the unit, or "second". Most numbers in news are amounts, which none of these follows.</summary>
    private bool MayFollowACount(int i)
    {
        if (!InRange(i))
        {
            return false;
        }

        ref readonly var t = ref _tokens[i];
        return t.Kind == TokenKind.Number || t.Class is WordClass.Unit or WordClass.UnitPlural || t.Is(Cue.And) || IsHyphen(i) ||
               (t.Kind == TokenKind.Word && (WordIsAny(i, _words.CountedUnitModifiers) || WordIsAny(i, _words.SecondUnit)));
    }

    private static void Consider(ref Match best, Match candidate)
    {
        if (candidate.End > best.End)
        {
            best = candidate;
        }
    }

    /// <summary>The expressions that name a calendar date or period (what modifiers may wrap).</summary>
    private Match DateCore(int i)
    {
        var best = Match.None;
        Consider(ref best, NumericDate(i));
        Consider(ref best, MonthDate(i));
        Consider(ref best, Weekday(i));
        Consider(ref best, Deictic(i));
        Consider(ref best, Relative(i));
        Consider(ref best, Year(i));
        Consider(ref best, QuarterOrHalf(i));
        Consider(ref best, SeasonDate(i));
        Consider(ref best, HolidayDate(i));
        Consider(ref best, NthDayOfMonth(i));
        return best;
    }

    /// <summary>Remembers the last year or month the text named, the anchor of "the following year".</summary>
    private void NoteDate(Match match)
    {
        var v = match.Value;
        if (match.Anaphoric || match.Type != TimexType.Date || v.Length < 4 || !char.IsAsciiDigit(v[0]) ||
            !int.TryParse(v.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return;
        }

        var month = v.Length >= 7 && v[4] == '-' && char.IsAsciiDigit(v[5]) && char.IsAsciiDigit(v[6]) ? ((v[5] - '0') * 10) + (v[6] - '0') : 0;
        _lastMonth = (year, month);
        _lastDay = v.Length == 10 && month > 0 && v[7] == '-' && char.IsAsciiDigit(v[8]) ? v : null;
    }

    /// <summary>Remembers the quarter the report leads with (the first one it names, when it is the reference's
    /// own year or the one before: "the third quarter of 1984" in a 1989 story is history, not the report; or the
    /// first one named after "Separately," which opens another company's report) and the last quarter named, which a
    /// comparison in the same sentence refers to. <paramref name="first"/>: the mention's first token.</summary>
    private void NoteQuarter(Match match, int first, int end)
    {
        var v = match.Value;
        if (match.Anaphoric || match.Type != TimexType.Date || v.Length != 7 || v[4] != '-' || v[5] != 'Q' || v[6] is < '1' or > '4' ||
            !int.TryParse(v.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return;
        }

        var quarter = v[6] - '0';
        var lead = _lastQuarter is null || (_lastQuarter != (year, quarter) && OpensAnotherReport(first, _recentQuarter.End));
        _recentQuarter = (end, year, quarter);
        if (lead && (_ref is not { } r || year >= r.Year - 1))
        {
            _lastQuarter = (year, quarter);
        }
    }

    /// <summary>Whether token <paramref name="first"/> is in a sentence that opens "Separately," (business news moving
    /// on to another company's report) and names no quarter before it: none ends after <paramref name="lastQuarterEnd"/>.</summary>
    private bool OpensAnotherReport(int first, int lastQuarterEnd)
    {
        for (int k = first - 1, seen = 0; seen < SentenceLookback; k--, seen++)
        {
            if (k < 0 || _tokens[k + 1].BreakBefore || EndsSentence(k))
            {
                return _tokens[k + 1].Start > lastQuarterEnd && WordIsAny(k + 1, _words.AnotherReportOpener) && IsSymbol(k + 2, ',');
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ token tests

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool InRange(int i) => (uint)i < (uint)_end;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsClass(int i, WordClass c) => InRange(i) && _tokens[i].Class == c && _tokens[i].Kind == TokenKind.Word;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsUnitPlural(int i, TimeUnit unit) => IsClass(i, WordClass.UnitPlural) && _tokens[i].Value == (byte)unit;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsCue(int i, Cue cue) => InRange(i) && _tokens[i].Is(cue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsSymbol(int i, char c) => InRange(i) && _tokens[i].IsSymbol(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsNumber(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Number;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsWord(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Word;

    /// <summary>Token <paramref name="i"/> touches the one before it (no space between).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Attached(int i) => InRange(i) && !_tokens[i].SpaceBefore;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> TextOf(int i) => _text.Span.Slice(_tokens[i].Start, _tokens[i].Length);

    /// <summary>Token <paramref name="i"/> is one of <paramref name="words"/>, a list of the language's
    /// <see cref="GrammarWords"/>, ignoring case (lengths first: most candidates differ in length). No spelled-out
    /// words: the parser names words only through the language.</summary>
    private bool WordIsAny(int i, WordList words) => IsWord(i) && words.Contains(TextOf(i));

    /// <summary>The index in <paramref name="words"/> of token <paramref name="i"/>, ignoring case, as
    /// <see cref="WordIsAny"/> compares; -1 when it is none of them.</summary>
    private int WordIndex(int i, WordList words) => IsWord(i) ? words.IndexOf(TextOf(i)) : -1;

    /// <summary>Token <paramref name="i"/> is the demonstrative that starts "that year", "that same day".</summary>
    private bool IsThat(int i) => IsClass(i, WordClass.Preposition) && _tokens[i].Value == PrepositionThat;

    /// <summary>Whether <paramref name="word"/> ends with one of <paramref name="endings"/>, with case.</summary>
    private static bool EndsWithAny(ReadOnlySpan<char> word, WordList endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An attached "'s" starting at token <paramref name="apostrophe"/>: the word before it is a possessive
    /// ("Wednesday's ruling", "today's youth").</summary>
    private bool IsPossessiveS(int apostrophe) =>
        IsApostrophe(apostrophe) && Attached(apostrophe) && WordIsAny(apostrophe + 1, _words.Possessive) && Attached(apostrophe + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsHyphen(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Symbol && _tokens[i].Symbol is '-' or '\u2010' or '\u2011' or '\u2013';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsApostrophe(int i) => InRange(i) && _tokens[i].Kind == TokenKind.Symbol && _tokens[i].Symbol is '\'' or '\u2019' or '\u2018';

    /// <summary>A period right after token i - 1 (as in "Sept."), else i.</summary>
    private int SkipAttachedPeriod(int i) => IsSymbol(i, '.') && Attached(i) ? i + 1 : i;

    /// <summary>An attached hyphen (as in "mid-2024"), else i.</summary>
    private int SkipAttachedHyphen(int i) => IsHyphen(i) && Attached(i) && Attached(i + 1) ? i + 1 : i;

    /// <summary>A sentence ends before token i: sentence punctuation or a line break.</summary>
    /// <summary>Whether the verb before the preposition at <paramref name="preposition"/> moves dates: "extended to",
    /// "moved from", "pushed back to" (the particle passed over).</summary>
    private bool MovesDates(int preposition) =>
        WordIsAny(WordIsAny(preposition - 1, _words.MoveParticles) ? preposition - 2 : preposition - 1, _words.MoveVerbs);

    /// <summary>Whether the last mention ends with token <paramref name="i"/>: the start of a range "to" follows.</summary>
    private bool EndsLastMention(int i) => InRange(i) && _tokens[i].End == _lastMention.End;

    private bool IsSentenceBoundary(int i) =>
        _tokens[i].BreakBefore || (_tokens[i].Kind == TokenKind.Symbol && _tokens[i].Symbol is '.' or '!' or '?' or ';');

    /// <summary>Token i is punctuation that ends a sentence. Unlike <see cref="IsSentenceBoundary"/> a period
    /// must look final: not in "$2.53", "Sept. 30", "U.S. officials" or "Mr. Roeck".</summary>
    private bool EndsSentence(int i)
    {
        ref readonly var t = ref _tokens[i];
        if (t.Kind != TokenKind.Symbol)
        {
            return false;
        }

        if (t.Symbol is '!' or '?' or ';')
        {
            return true;
        }

        // "Sept.", "Mr.", "Co.", the "S." of "U.S.": abbreviations, not the end
        if (t.Symbol != '.' || !InRange(i + 1) || IsClass(i - 1, WordClass.MonthAbbrev) ||
            (IsWord(i - 1) && _tokens[i - 1].Capitalized && _tokens[i - 1].Length <= 3))
        {
            return false;
        }

        // "at 6:42 p.m. EST on Dec. 3": a zone after "p.m." goes on the sentence
        ref readonly var next = ref _tokens[i + 1];
        return next.BreakBefore || (next.Kind == TokenKind.Word && next.Capitalized && next.Class != WordClass.TimeZone) ||
               (next.Kind == TokenKind.Symbol && next.Symbol is '"' or '\u201C' or '\u201D' or '`' or '\'' or '\u2019');
    }

    /// <summary>Token i opens a sentence: first in the text or line, or after sentence punctuation and any
    /// opening quotes.</summary>
    private bool StartsSentence(int i)
    {
        while (i > 0 && _tokens[i - 1].Kind == TokenKind.Symbol && _tokens[i - 1].Symbol is '"' or '\u201C' or '`' or '\'' or '\u2018' &&
               !_tokens[i].BreakBefore)
        {
            i--;
        }

        // the token before ends a sentence (IsSentenceBoundary(i - 1) would also hold where that token opens a line)
        return i == 0 || _tokens[i].BreakBefore || (_tokens[i - 1].Kind == TokenKind.Symbol && _tokens[i - 1].Symbol is '.' or '!' or '?' or ';');
    }

    /// <summary>A number that is a count or a day, not part of a bigger number ("1,500", "2.5", "$27").</summary>
    private bool IsPlainNumber(int i)
    {
        if (!IsNumber(i))
        {
            return false;
        }

        if (Attached(i) && InRange(i - 1) && _tokens[i - 1].Kind == TokenKind.Symbol &&
            (_tokens[i - 1].Symbol is '$' or '€' or '£' or '¥' or '#' or '§' ||
             (_tokens[i - 1].Symbol is '.' or ',' or ':' or '/' && Attached(i - 1) && IsNumber(i - 2))))
        {
            return false;
        }

        if (InRange(i + 1) && Attached(i + 1) && _tokens[i + 1].Kind == TokenKind.Symbol)
        {
            var s = _tokens[i + 1].Symbol;
            if (s == '%' || (s is '.' or ',' or ':' or '/' && IsNumber(i + 2) && Attached(i + 2)))
            {
                return false;
            }
        }

        return !IsClass(i + 1, WordClass.Percent);
    }

    /// <summary>A day of the month: 1 to 31, optionally with its ordinal suffix ("15th").</summary>
    private bool TryDay(int i, out int day, out int end)
    {
        day = 0;
        end = i;
        if (!IsNumber(i) || _tokens[i].Length > 2 || _tokens[i].Number is < 1 or > 31 || !IsPlainNumber(i))
        {
            return false;
        }

        day = _tokens[i].Number;
        end = i + 1;
        if (IsWord(end) && Attached(end) && IsOrdinalSuffix(TextOf(end)))
        {
            end++;
        }
        else if (IsWord(end) && Attached(end))
        {
            return false; // "3D", "5G"
        }

        return true;
    }

    private bool IsOrdinalSuffix(ReadOnlySpan<char> s)
    {
        foreach (var suffix in _words.OrdinalSuffixes)
        {
            if (s.Equals(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A four-digit year in a date ("Aug. 30, 2023"): any number 1000-2999 in that slot.</summary>
    private bool TryYearNumber(int i, out int year)
    {
        year = 0;
        if (!IsNumber(i) || _tokens[i].Length != 4 || _tokens[i].Number is < 1000 or > 2999 || !(IsPlainNumber(i) || OpensSlashedYearPair(i) || EndsYearRange(i)))
        {
            return false;
        }

        if (IsWord(i + 1) && Attached(i + 1))
        {
            return false; // "2000s", "2000km"
        }

        year = _tokens[i].Number;
        return true;
    }

    /// <summary>Whether the four-digit number at <paramref name="i"/> opens a season or fiscal year written with a slash,
    /// "2022/23" or "2022/2023": the next year after it and nothing more stuck on ("2022/24" or "3/2022/23" is none).</summary>
    private bool OpensSlashedYearPair(int i)
    {
        if (!IsSymbol(i + 1, '/') || !Attached(i + 1) || !IsNumber(i + 2) || !Attached(i + 2) ||
            (Attached(i) && InRange(i - 1) && _tokens[i - 1].Kind == TokenKind.Symbol) ||
            (InRange(i + 3) && Attached(i + 3) && (_tokens[i + 3].Kind != TokenKind.Symbol || IsSymbol(i + 3, '/') || IsHyphen(i + 3))))
        {
            return false;
        }

        var first = _tokens[i].Number;
        var second = _tokens[i + 2].Number;
        return _tokens[i + 2].Length == 2 ? second == (first + 1) % 100 : _tokens[i + 2].Length == 4 && second == first + 1;
    }

    /// <summary>Whether the number at <paramref name="i"/> ends a range of years whose first the parser just read as
    /// one: the 21 of "2019-21", the 2021 of "2019-2021", the 23 of "2022/23".</summary>
    private bool EndsYearRange(int i) =>
        Attached(i) && InRange(i - 2) && (IsHyphen(i - 1) || IsSymbol(i - 1, '/')) && Attached(i - 1) && _tokens[i - 2].Length == 4 &&
        _tokens[i - 2].End == _lastMention.End;

    /// <summary>A count: "12", "five", "twenty-five", "a", "a few" (-1: unknown, TIMEX3's X).</summary>
    private bool TryCount(int i, out int n, out int end)
    {
        n = 0;
        end = i;
        if (!InRange(i))
        {
            return false;
        }

        ref readonly var t = ref _tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            if (t.Length > 3 || !IsPlainNumber(i))
            {
                return false;
            }

            n = t.Number;
            end = i + 1;
            return true;
        }

        if (t.Is(WordClass.Cardinal))
        {
            n = t.Value;
            end = i + 1;
            if (n is >= 20 and < 100 && n % 10 == 0 && IsHyphen(end) && Attached(end) && IsClass(end + 1, WordClass.Cardinal) &&
                _tokens[end + 1].Value < 10)
            {
                n += _tokens[end + 1].Value;
                end += 2;
            }
            else if (n is >= 20 and < 100 && n % 10 == 0 && IsClass(end, WordClass.Cardinal) && _tokens[end].Value < 10)
            {
                n += _tokens[end].Value; // "twenty four hours", as spoken transcripts write it
                end++;
            }

            return true;
        }

        if (t.Is(Cue.Couple) && IsCue(i + 1, Cue.Of))
        {
            n = 2;
            end = i + 2;
            return true;
        }

        if (t.Is(Cue.A))
        {
            if (IsCue(i + 1, Cue.Few) || (IsCue(i + 1, Cue.Couple) && IsCue(i + 2, Cue.Of)))
            {
                n = IsCue(i + 1, Cue.Few) ? -1 : 2;
                end = IsCue(i + 1, Cue.Few) ? i + 2 : i + 3;
                return true;
            }

            if (IsClass(i + 1, WordClass.Cardinal) && _tokens[i + 1].Value == 100)
            {
                n = 100;
                end = i + 2;
                return true;
            }

            n = 1;
            end = i + 1;
            return true;
        }

        if (t.Is(Cue.Few) || t.Is(Cue.Several) || t.Is(Cue.Many) || t.Is(Cue.Some))
        {
            n = -1;
            end = i + 1;
            return true;
        }

        return false;
    }

    // ------------------------------------------------------------------ cues for the direction of a yearless date

    /// <summary>Whether the clause around tokens [start, end) speaks of the future ("will", "plans to").</summary>
    private bool SpeaksOfFuture(int start, int end) => ClauseTense(start, end) == Tense.Future;

    /// <summary>What a clause's cues say of its time: <see cref="PastEvent"/> when the past cue tells an event ("was
    /// held", "died"), <see cref="Past"/> for the other past cues ("said", "had planned to").</summary>
    private enum Tense : byte { Unknown, Past, PastEvent, Future }

    private static bool IsPast(Tense tense) => tense is Tense.Past or Tense.PastEvent;

    /// <summary>The tense a past cue gives (<see cref="PastCueKind"/>).</summary>
    private static Tense PastTenseOf(in Token cue) => cue.Value == (byte)PastCueKind.Event ? Tense.PastEvent : Tense.Past;

    /// <summary>Whether "may", "might" or "could" at <paramref name="i"/> is a modal that looks ahead: a verb follows ("may
    /// cut", "might soon"), but not "have" ("may have left", "might not have known" look back) nor "be" and a word of
    /// cause or connection ("may be linked to a robbery in May", "might be responsible": a guess about what is so or
    /// was done, no event to come; "may be held in May", "may be delayed until May" are events ahead), and "might" as a
    /// noun ("its military might in June", "with all his might.") has a preposition or a stop after it.</summary>
    private bool IsModalAhead(int i)
    {
        // "could" looks ahead only right before a verb of its own ("the storm could hit Wednesday"): "could not be
        // reached Wednesday", "could be located" are the past of "can"
        if (WordIsAny(i, _words.Could) && (WordIsAny(i + 1, _words.AdverbsAfterModal) || WordIsAny(i + 1, _words.Be)))
        {
            return false;
        }

        var next = WordIsAny(i + 1, _words.AdverbsAfterModal) ? i + 2 : i + 1;
        return IsWord(i + 1) && (_tokens[i + 1].Class is WordClass.None or WordClass.FutureCue) && !WordIsAny(next, _words.PerfectAuxiliary) &&
               !(WordIsAny(next, _words.Be) && WordIsAny(next + 1, _words.GuessedConnections));
    }

    /// <summary>Whether the expression starting at token <paramref name="start"/> opens its sentence, alone or after
    /// its preposition ("Tuesday, ...", "On Tuesday, ...", "In February, ...").</summary>
    private bool OpensSentence(int start) =>
        StartsSentence(start) || (InRange(start - 1) && (_tokens[start - 1].Class == WordClass.Preposition ||
                                  _tokens[start - 1].Is(Cue.On) || _tokens[start - 1].Is(Cue.In) || _tokens[start - 1].Is(Cue.At)) &&
                                  StartsSentence(start - 1));

    /// <summary>A finite verb in the past tense by its form: a lower-case word in -ed that no article, possessive, "to"
    /// or form of "be" comes before ("changed", "agreed"; not "the planned merger", "is based", "to be signed").
    /// <paramref name="futureCue"/>: a word of the future list in that form ("the government planned to pay").</summary>
    /// <remarks>Only a fronted date's main clause reads verbs by their form: elsewhere a past form is as often
    /// backshifted speech ("were likely to buy as soon as trading opened Monday") or a clause of its own ("declared a
    /// dividend, payable Dec. 7") as the date's own tense: read everywhere, it put fourteen TempEval-3 dates in the
    /// wrong year to fix one.</remarks>
    private bool IsPastTenseVerb(int i, bool futureCue = false)
    {
        ref readonly var t = ref _tokens[i];
        if (t.Kind != TokenKind.Word || t.Class != (futureCue ? WordClass.FutureCue : WordClass.None) || t.Capitalized || t.Length < 5)
        {
            return false;
        }

        var word = TextOf(i);
        if (!word.EndsWith(_words.PastEnding, StringComparison.Ordinal) || EndsWithAny(word, _words.NotPastEndings))
        {
            return false;
        }

        return !(InRange(i - 1) && (IsCue(i - 1, Cue.The) || IsCue(i - 1, Cue.A) || IsHyphen(i - 1) || IsApostrophe(i - 1) ||
                                    IsPossessiveS(i - 2) || // "the board's planned vote"
                                    WordIsAny(i - 1, _words.NoFiniteVerbAfter)));
    }

    /// <summary>The longest aside a fronted date's main clause is read across.</summary>
    private const int LongestAside = 12;

    /// <summary>After a comma in a fronted date's main clause, the end of an aside that opens at <paramref name="i"/>
    /// and closes with a comma ("as expected,", "which meets monthly,", "after the board voted,"): the token after
    /// the closing comma, or 0 when no aside opens there.</summary>
    private int AsideEnd(int i)
    {
        if (AttributionEnd(i) is > 0 and var attributed)
        {
            return attributed;
        }

        if (!WordIsAny(i, _words.AsideOpeners) || _tokens[i].Capitalized)
        {
            return 0;
        }

        for (var j = i + 1; j < _count && j <= i + LongestAside; j++)
        {
            if (IsSentenceBoundary(j))
            {
                return 0;
            }

            if (_tokens[j].IsSymbol(','))
            {
                return j + 1;
            }
        }

        return 0;
    }

    /// <summary>The longest attribution set off by commas: "the company's chief executive said".</summary>
    private const int LongestAttribution = 8; // tokens, the apostrophe and s of a possessive among them

    /// <summary>The end of an attribution set off by commas that opens at <paramref name="i"/> ("On Friday, officials
    /// said, the union will strike"; "In May, he added, prices will rise"): the token after its closing comma, or 0.
    /// Words only, the last a verb of saying: the date belongs to what was said, not to the saying.</summary>
    private int AttributionEnd(int i)
    {
        for (var j = i; j < _count && j < i + LongestAttribution; j++)
        {
            if (_tokens[j].IsSymbol(','))
            {
                return j > i && WordIsAny(j - 1, _words.SayingVerbs) ? j + 1 : 0;
            }

            if (!IsWord(j) && !IsApostrophe(j))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>A participle after its noun, before the phrase it governs: "officials involved in the talks", "people
    /// affected by the floods", "those killed in the blast". Its -ed form is no verb of the clause.</summary>
    private bool IsReducedRelative(int i) =>
        WordIsAny(i, _words.ReducedRelativeParticiples) && IsWord(i - 1) && !WordIsAny(i - 1, _words.SubjectPronouns) &&
        WordIsAny(i + 1, _words.ParticiplePrepositions) && !WordIsAny(i + 2, _words.Superlatives);

    /// <summary>A future word used as a verb: a modal ("will", "would", "'ll"), one before "to" ("plans to", "expects to",
    /// "scheduled to") or one after "is" or "are" ("is scheduled", "are expected").</summary>
    private bool IsFutureVerb(int i) =>
        WordIsAny(i, _words.FutureModals) || WordIsAny(i + 1, _words.To) || WordIsAny(i - 1, _words.PresentBe);

    /// <summary>The most words of an object between a timetable verb and its day ("faces Chelsea on Sunday", "hears
    /// arguments in the case Monday", "play Australia at Lord's on Thursday").</summary>
    private const int LongestScheduledObject = 5;

    /// <summary>Whether the expression at <paramref name="start"/> is the day of a timetable told in the present tense:
    /// "The Test starts on Thursday", "The film opens Friday", "Parliament sits on Monday", "Polls close at 8 Tuesday",
    /// "Arsenal face Chelsea on Sunday". News tells what is scheduled in the present, and what happened in the past,
    /// so such a day lies ahead. Not after a word that makes the verb no present (<see cref="GrammarWords.NoPresentBefore"/>), nor
    /// with a market's move after it ("opens higher Monday" is a headline's report).</summary>
    private bool FollowsScheduleVerb(int start)
    {
        var i = start - 1;
        if (IsCue(i, Cue.On) || IsCue(i, Cue.At) || (IsClass(i, WordClass.Preposition) && WordIsAny(i, _words.Through)))
        {
            i--; // "starts on Thursday", "runs through Sunday"
        }

        for (var seen = 0; seen <= LongestScheduledObject && InRange(i) && !_tokens[i + 1].BreakBefore; i--)
        {
            if (IsApostrophe(i) && WordIsAny(i + 1, _words.Possessive))
            {
                continue; // "at Lord's on Thursday": the possessive's "s" was counted
            }

            if (!IsWord(i))
            {
                return false;
            }

            ref readonly var t = ref _tokens[i];
            var plain = t.Class is WordClass.None or WordClass.Holiday; // "play Australia on Thursday": a name

            // "end" is also the cue of "the end of"; "Voters head to the polls Sunday"
            // ("expires at the end of business on Friday": "the end" is the noun)
            if (!t.Capitalized && (plain || (t.Is(Cue.End) && !IsCue(i - 1, Cue.The))) && IsScheduleVerb(i) &&
                (!WordIsAny(i, _words.HeadVerbs) || WordIsAny(i + 1, _words.To)))
            {
                return !WordIsAny(i - 1, _words.NoPresentBefore) && !WordIsAny(i + 1, _words.MarketMoves);
            }

            // the object's words: "faces Chelsea on", "go to the polls", "hears arguments in the case", "are due after
            // the bell on Thursday", "returns from recess on Monday"
            seen++;
            if (!plain && !(t.Class == WordClass.Cue &&
                            ((Cue)t.Value is Cue.The or Cue.A or Cue.On or Cue.In or Cue.Of or Cue.At or Cue.End or Cue.After or Cue.Before ||
                             ((Cue)t.Value == Cue.From && i < start - 1))) && // "from" the date's own: a range's start, no object
                !WordIsAny(i, _words.To))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsScheduleVerb(int i) => WordIsAny(i, _words.ScheduleVerbs);

    /// <summary>The tense of the clause around tokens [start, end): the nearest cue before the expression
    /// decides (a future word, a reporting or past-tense verb), else a cue just after it.</summary>
    private Tense ClauseTense(int start, int end)
    {
        // "gave them until 9 a.m. Tuesday", "postponed until Tuesday": a deadline lies ahead of the report;
        // "up until Thursday", "not until Tuesday" and a sentence opening "Until Thursday, ..." look back
        if (WordIsAny(start - 1, _words.Until) && !StartsSentence(start - 1) && !WordIsAny(start - 2, _words.UntilLookingBack) &&
            !IsApostrophe(start - 2))
        {
            return Tense.Future;
        }

        // "extended to Jan. 16", "moved from June 1", "pushed back to May", "rescheduled for March 9": the dates a verb
        // moves are ahead of the report whatever the verb's tense ("was extended"), or just gone ("was brought forward
        // from Jan. 5" written on Feb. 1: a future lean keeps a much nearer past)
        if ((WordIsAny(start - 1, _words.To) || IsCue(start - 1, Cue.For) || IsCue(start - 1, Cue.From)) && MovesDates(start - 1))
        {
            return Tense.Future;
        }

        // "to be completed by Dec. 15", "pay down the loan by February", "must arrive no later than March 31": a
        // deadline, ahead of the report (a weekday keeps its past lean: "had filed reports by Wednesday")
        if (((WordIsAny(start - 1, _words.By) && !StartsSentence(start - 1)) ||
             (WordIsAny(start - 1, _words.Than) && IsCue(start - 2, Cue.Later) && WordIsAny(start - 3, _words.NoOrNot))) &&
            (IsClass(start, WordClass.Month) || IsClass(start, WordClass.MonthAbbrev)))
        {
            return Tense.Future;
        }

        // "a new pay pact effective June 1", "named chairman, effective Feb. 1": news gives the day a change takes
        // effect when it announces the change, ahead of it ("became effective June 1", "was made effective June 1"
        // tell what took effect: the verb within two words before)
        if (WordIsAny(start - 1, _words.Effective) && !WordIsAny(start - 2, _words.TookEffect) && !WordIsAny(start - 3, _words.TookEffect))
        {
            return Tense.Future;
        }

        // "flights depart each Thursday from August 6", "buses run daily from June 1": a timetable is announced
        // before the service it sets up starts, unless the clause tells it in the past ("was open daily from June 1");
        // a present verb right before the frequency is the clause's own tense, whatever a reporting verb before it says
        // ("the airline said flights depart daily from June 1")
        if (IsCue(start - 1, Cue.From) && TimetableFrequencyBefore(start - 1) is var frequency && frequency >= 0 &&
            (PresentTimetableVerb(frequency - 1) || !IsPast(TenseBefore(start))))
        {
            return Tense.Future;
        }

        if (FollowsScheduleVerb(start))
        {
            return Tense.Future;
        }

        if (TenseBefore(start) is not Tense.Unknown and var before)
        {
            return before;
        }

        return TenseAfter(start, end);
    }

    /// <summary>The first token of a timetable's frequency that ends before token <paramref name="from"/>: "daily",
    /// "each Thursday", "every week"; -1 when there is none.</summary>
    private int TimetableFrequencyBefore(int from)
    {
        if (WordIsAny(from - 1, _words.TimetableAdverbs))
        {
            return from - 1;
        }

        return (IsCue(from - 2, Cue.Each) || IsCue(from - 2, Cue.Every)) &&
               (IsClass(from - 1, WordClass.Weekday) || IsClass(from - 1, WordClass.Unit))
            ? from - 2
            : -1;
    }

    /// <summary>Whether token <paramref name="i"/> is a timetable verb in the present ("depart", "runs"), not a noun,
    /// an infinitive (<see cref="GrammarWords.NoPresentBefore"/>) or an adjective told in the past ("was open").</summary>
    private bool PresentTimetableVerb(int i) =>
        IsWord(i) && !_tokens[i].Capitalized && (IsScheduleVerb(i) || WordIsAny(i, _words.TimetableVerbs)) &&
        !WordIsAny(i - 1, _words.NoPresentBefore) && !WordIsAny(i - 1, _words.PastBe);

    /// <summary>The tense the nearest cue before token <paramref name="start"/> in its sentence gives, if any.</summary>
    private Tense TenseBefore(int start)
    {
        for (int i = start - 1, seen = 0; i >= 0 && seen < CueWindowBack; i--, seen++)
        {
            if (_tokens[i + 1].BreakBefore)
            {
                break;
            }

            ref readonly var t = ref _tokens[i];
            if (t.Kind == TokenKind.Symbol && t.Symbol is '.' or '!' or '?' or ';')
            {
                break;
            }

            if (t.Kind == TokenKind.Word)
            {
                // "lower-than-expected" is no future; "as early as Tuesday" is
                // "had been scheduled to expire Friday", "had planned to meet Monday": a plan already in the past
                if (t.Class == WordClass.FutureCue &&
                    (WordIsAny(i - 1, _words.Had) || (WordIsAny(i - 1, _words.Been) && WordIsAny(i - 2, _words.Had))))
                {
                    return Tense.Past;
                }

                // "began as planned Saturday night", "cut rates as expected Tuesday": the plan or forecast the clause's
                // event kept, no tense of its own; the verb before it tells the tense. "announced the plan Aug. 21",
                // "its expected results": a noun or an adjective after an article or a possessive, no verb at all
                if (t.Class == WordClass.FutureCue && (IsAsPlanned(i) || IsCue(i - 1, Cue.The) || IsCue(i - 1, Cue.A) ||
                                                       WordIsAny(i - 1, _words.PossessivesAndDemonstratives)))
                {
                    continue;
                }

                // "the Fed may cut rates in May": the modal, lower case (the month is capitalized)
                if ((t.Class == WordClass.FutureCue && !(Attached(i) && IsHyphen(i - 1))) ||
                    (!t.Capitalized && WordIsAny(i, _words.PossibilityModals) && IsModalAhead(i)) ||
                    (t.Class == WordClass.Deictic && t.Value == 2) || (t.Is(Cue.Early) && WordIsAny(i - 1, _words.As)))
                {
                    return Tense.Future;
                }

                // "More snow is forecast for Wednesday", "the vote is set for Monday": an arrangement told in the
                // present lies ahead, as "is to" does ("was set for Monday" stays past)
                if (!t.Capitalized && WordIsAny(i, _words.ArrangedTo) && WordIsAny(i - 1, _words.PresentBe))
                {
                    return Tense.Future;
                }

                // "will be held", "to be made": a passive after "be" has no tense of its own
                if (t.Class == WordClass.PastCue && !WordIsAny(i - 1, _words.Be))
                {
                    return PastTenseOf(in t);
                }

                // "is to resume Tuesday", "set to meet Monday", "due to land Friday": an arrangement ahead ("due to its
                // loss", "is to the north" give a cause or a place)
                if (t.Class == WordClass.Preposition && WordIsAny(i, _words.To) && !IsPrepositionTo(i) &&
                    (WordIsAny(i - 1, _words.PresentBe) || (WordIsAny(i - 1, _words.ArrangedTo) && !WordIsAny(i - 2, _words.PastBe))))
                {
                    return Tense.Future;
                }
            }
        }

        return Tense.Unknown;
    }

    /// <summary>Whether the future cue at <paramref name="i"/> is the participle of "as planned", "as expected", "as
    /// previously scheduled": a lower-case word in -ed after "as", or after "as" and an adverb in -ly.</summary>
    private bool IsAsPlanned(int i)
    {
        if (_tokens[i].Capitalized || !TextOf(i).EndsWith(_words.PastEnding, StringComparison.Ordinal))
        {
            return false;
        }

        return WordIsAny(i - 1, _words.As) ||
               (WordIsAny(i - 2, _words.As) && IsWord(i - 1) && TextOf(i - 1).EndsWith(_words.AdverbEnding, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The tense a cue after tokens [start, end) gives, if any (for a date fronted before a comma, its main
    /// clause's verb).</summary>
    private Tense TenseAfter(int start, int end)
    {
        // "On Tuesday, the league plans to hold a news conference": a date fronted before the comma belongs to the
        // main clause after it
        var fronted = OpensSentence(start) && IsSymbol(end, ',');
        var window = fronted ? FrontedCueWindow : CueWindowForward;
        var first = !fronted ? end : AsideEnd(end + 1) is > 0 and var afterAside ? afterAside : end + 1;
        for (int i = first, seen = 0; i < _count && seen < window; i++, seen++)
        {
            ref readonly var t = ref _tokens[i];
            if (IsSentenceBoundary(i))
            {
                break;
            }

            if (t.IsSymbol(','))
            {
                // "In May, the board, which meets monthly, will vote": an aside between commas is not the main clause
                var afterComma = fronted ? AsideEnd(i + 1) : 0;
                if (afterComma == 0)
                {
                    break;
                }

                i = afterComma - 1;
                continue;
            }

            if (fronted)
            {
                if (IsReducedRelative(i))
                {
                    continue; // "officials involved in the talks will meet": a participle, the verb is yet to come
                }

                // the main clause's verb: "planned to pay" (not after "is" or "are") is a past plan, "vacation plans
                // for" a noun; "plans to", "will", "is scheduled to" speak of what is ahead
                if (IsPastTenseVerb(i, t.Class == WordClass.FutureCue))
                {
                    return Tense.Past;
                }

                if (t.Class == WordClass.FutureCue && !IsFutureVerb(i))
                {
                    continue;
                }
            }

            if (t.Class == WordClass.FutureCue)
            {
                return Tense.Future;
            }

            if (t.Class == WordClass.PastCue)
            {
                return PastTenseOf(in t);
            }
        }

        return Tense.Unknown;
    }
}
