using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TextClean.Dates;

/// <summary>What a word can mean to the date grammar. The grammar matches classes, never spellings, so a
/// language is its word lists (see <see cref="DateLanguage.English"/>) plus small rules.</summary>
internal enum WordClass : byte
{
    None,
    Month,          // value 1..12
    MonthAbbrev,    // value 1..12; "Sept.", "Aug"
    Weekday,        // value 1..7, ISO: Monday = 1
    WeekdayAbbrev,  // value 1..7; only counts next to a date ("Sat, Aug. 30")
    Season,         // Season enum
    PartOfDay,      // PartOfDay enum
    Unit,           // TimeUnit enum, singular
    UnitPlural,     // TimeUnit enum, plural
    Cardinal,       // value; "two", "a"
    Ordinal,        // value; "third"
    Deictic,        // day offset from the reference: yesterday -1, today 0, tomorrow 1
    Tonight,
    Reference,      // RefValue enum: now, currently, recently, soon
    SetAdverb,      // TimeUnit enum: daily, weekly, annually
    Cue,            // Cue enum: the small grammar words
    FutureCue,      // a word that puts a clause in the future: will, plans, scheduled
    Meridiem,       // 0 am, 12 pm
    Clock,          // hour: noon 12, midnight 24, midday 12
    TimeZone,
    Decade,         // the nineties: value 9
    PastCue,        // a reporting or past-tense word next to a weekday: said, was (value: PastCueKind)
    Preposition,    // since, until, during: a capitalized "May" after one is the month; value 1: "that" ("that year")
    NumberLabel,    // Section, No., Flight: the number after it is no year
    Percent,        // percent, points: the number before it is an amount
    CountNoun,      // people, men, troops: a plural without -s, so the number before it is a count
    Holiday,        // Holiday enum: Christmas, Thanksgiving, Election (Day)
    WeekdayPlural,  // value 1..7: "Mondays", a recurring day
}

internal enum Holiday : byte
{
    None, Christmas, Thanksgiving, Halloween, Easter, EasterMonday, HolySaturday, Election, Labor, Memorial, Independence, Veterans, Valentine,
    // named by a word before their weekday: "Black Friday", "Cyber Monday", "Good Friday"; Super Tuesday is a date each
    // primary season sets, so it has no rule and stays unresolved
    BlackFriday, CyberMonday, GivingTuesday, GoodFriday, AshWednesday, PalmSunday, SuperTuesday,
    // named by a word that is mostly a name of its own, so only before its "Year", "Day" or possessive (see
    // DateParser.NeedsDayWordAfter): "New Year's Day", "New Year's Eve", "New Year's", "Boxing Day", "Mother's Day";
    // Juneteenth is a day's name alone
    NewYear, Boxing, Juneteenth, Anzac, Bastille, Remembrance, Columbus, Presidents, MartinLutherKing, Mothers, Fathers, CanadaDay, AustraliaDay,
    // "St Patrick's Day" (read from "St" or "Saint" and the name after it), "Bonfire Night", and "Remembrance Sunday",
    // the UK's second Sunday of November (read from Remembrance and its weekday)
    StPatrick, Bonfire, RemembranceSunday,
}

/// <summary>How a word tells of a game. Some only sports copy uses; the rest business news uses too, so they tell of a
/// game only in the shape sports copy gives them.</summary>
internal enum GameWord : byte
{
    Always,

    /// <summary>A tally of play, after its count: "12 rebounds", "two goals" (not "its goal", "Sales rebounds").</summary>
    AfterCount,

    /// <summary>The contest itself, after its determiner: "the game", "Sunday's match" (not "video games",
    /// "failed to match", "the game maker").</summary>
    Contest,
}

/// <summary>What a past-tense cue tells (the value of a <see cref="WordClass.PastCue"/> word).</summary>
internal enum PastCueKind : byte
{
    /// <summary>A past event: "was held", "died", "met".</summary>
    Event,

    /// <summary>When something was said: "said", "announced"; what was said may happen at any time.</summary>
    Reporting,
}

internal enum TimeUnit : byte { Second, Minute, Hour, Day, Weekend, Week, Fortnight, Month, Quarter, Year, Decade, Century }

internal enum Season : byte { Spring, Summer, Fall, Winter }

internal enum PartOfDay : byte { Morning, Afternoon, Evening, Night }

internal enum RefValue : byte { Present, Past, Future }

internal enum Cue : byte
{
    The, Of, A, In, On, At, And,
    Last, Next, This, Coming, Past, Previous, Following, Recent, Current, Latest,
    Early, Late, Mid, Middle, End, Beginning, Start, Half,
    Ago, Earlier, Later, Before, After, From,
    Every, Each, Per, Other,
    Fiscal, FiscalYearPrefix, Year, Quarter, Period,
    Few, Several, Some, Couple, Many,
    Local, Time, Near, Same, Ahead, For, Most, QuarterLetter, HalfLetter, These, Full, Short, Comparable,
    PlaySeason, // "season": of a sport, a show or a parliament, not of the calendar (Season)
}

/// <summary>
/// The words of one language that the date grammar needs: month and weekday names, number words, units
/// and cue words. Built once and shared; lookups ignore case. Add a language as one more static
/// instance built from its own lists (plus small rules in the grammar where word order differs).
/// </summary>
public sealed class DateLanguage
{
    private readonly FrozenDictionary<string, (WordClass Class, byte Value)> _words;
    private readonly FrozenDictionary<string, (WordClass Class, byte Value)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Open addressing over the words of ASCII letters, each packed one lower-cased letter per byte into two 64-bit
    // keys (zero bytes pad them, so the keys also tell the length): a probe compares two integers, and a miss
    // usually costs one array read.
    private const int TableBits = 11;
    internal const int MaxPackedLength = 16;
    private readonly int[] _slots = new int[1 << TableBits];
    private readonly PackedWord[] _packedWords;

    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly record struct PackedWord(ulong Low, ulong High, TokenMeaning Meaning);

    // For each pair of first and last letter, a bit per word length (four letters and more) that some entry has:
    // most words of running text fail this test and are never packed.
    private readonly uint[] _lengthsByEndLetters = new uint[26 * 26];

    // Words of one to three ASCII letters ("the", "of", "a": a third of running text, and most of the words the
    // lists know that it uses) are found with one read and no test: five bits a letter make a 15-bit key that
    // indexes the meaning directly. Meaning 0 is a plain word.
    internal const int MaxShortWordLength = 3;
    private readonly byte[] _shortWords = new byte[1 << (5 * MaxShortWordLength)];
    private readonly TokenMeaning[] _shortWordMeanings;

    private DateLanguage(string name, bool monthFirst, Dictionary<string, (WordClass, byte)> words, GrammarWords grammar)
    {
        Name = name;
        MonthFirst = monthFirst;
        Grammar = grammar;
        var gameWords = GameWords(grammar);
        WordsOfAGame = gameWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        GameWordFilter = new FirstLetterFilter(gameWords.Keys);
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWordLength = words.Keys.Max(k => k.Length);
        _packedWords = new PackedWord[words.Count + 1]; // entry 0: the empty slot
        var shortWordMeanings = new List<TokenMeaning> { TokenMeaning.PlainWord };
        var n = 0;
        foreach (var (word, (wordClass, value)) in words)
        {
            if (word.AsSpan().ContainsAnyExcept(AsciiLetters))
            {
                continue; // only the dictionary finds it (no token of ASCII letters can be it)
            }

            if (word.Length is > MaxShortWordLength and < 32)
            {
                _lengthsByEndLetters[EndLettersKey(word[0], word[^1])] |= 1u << word.Length; // shorter ones: the short table
            }

            if (word.Length <= MaxShortWordLength)
            {
                AddShortWord(word, WordMeaning(wordClass, value), shortWordMeanings);
            }

            if (word.Length > MaxPackedLength)
            {
                continue; // too long for the packed keys: the tokenizer asks the dictionary (MeaningOf)
            }

            n++;
            var (low, high) = Pack(word);
            _packedWords[n] = new PackedWord(low, high, WordMeaning(wordClass, value));
            var slot = SlotOf(low, high);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & ((1 << TableBits) - 1);
            }

            _slots[slot] = n;
        }

        _shortWordMeanings = [.. shortWordMeanings];
    }

    private void AddShortWord(string word, TokenMeaning meaning, List<TokenMeaning> meanings)
    {
        var index = meanings.IndexOf(meaning);
        if (index < 0)
        {
            index = meanings.Count;
            meanings.Add(meaning);
            if (index > byte.MaxValue)
            {
                throw new InvalidOperationException($"more than {byte.MaxValue} meanings among the words of up to {MaxShortWordLength} letters");
            }
        }

        ulong chars = 0;
        for (var k = 0; k < word.Length; k++)
        {
            chars |= (ulong)word[k] << (16 * k);
        }

        _shortWords[ShortWordKey(chars)] = (byte)index;
    }

    /// <summary>The key of a word of one to three ASCII letters given as UTF-16 code units in the low 16, 32 or 48
    /// bits: the five low bits of each letter (1 to 26 in either case; 0 where there is no letter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShortWordKey(ulong chars) =>
        (int)((chars & 0x1F) | ((chars >> 11) & 0x3E0) | ((chars >> 22) & 0x7C00));

    /// <summary>The meaning of the word of <paramref name="length"/> (1 to <see cref="MaxPackedLength"/>) ASCII letters
    /// at <paramref name="start"/> if it has at most <see cref="MaxShortWordLength"/>, else a plain word's: the text
    /// has at least four characters from the word's start (one 64-bit read takes them).</summary>
    /// <remarks>No branch on the length: a mask by length keeps the word's letters, and none for a longer word (key 0,
    /// a plain word), so the words of running text, a third of them short, cost no mispredicted branch here.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly TokenMeaning ShortWordMeaning(ReadOnlySpan<char> text, int start, int length)
    {
        System.Diagnostics.Debug.Assert(length is >= 1 and <= MaxPackedLength && start <= text.Length - 4);
        System.Diagnostics.Debug.Assert(BitConverter.IsLittleEndian, "the 64-bit read puts the first character in the low bits");
        var chars = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start))) &
                    Unsafe.Add(ref MemoryMarshal.GetReference(ShortWordMasks), length);

        // a 15-bit key into a table of 2^15, and every index stored there is a meaning's: no range checks
        var meaning = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_shortWords), ShortWordKey(chars));
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_shortWordMeanings), meaning);
    }

    /// <summary>By word length (0 to <see cref="MaxPackedLength"/>): the bits of a 64-bit read that hold a short word's
    /// letters, none for a longer word.</summary>
    private static ReadOnlySpan<ulong> ShortWordMasks =>
        [0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>The word's letters lower-cased, a byte each, in two keys (ASCII letters, at most 16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Low, ulong High) Pack(ReadOnlySpan<char> word)
    {
        ulong low = 0, high = 0;
        var k = 0;
        for (; k < word.Length && k < 8; k++)
        {
            low |= (ulong)(word[k] | 0x20u) << (8 * k);
        }

        for (; k < word.Length; k++)
        {
            high |= (ulong)(word[k] | 0x20u) << (8 * (k - 8));
        }

        return (low, high);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ulong low, ulong high) =>
        (int)(((low ^ (high * 0xC2B2AE3D27D4EB4FUL)) * 0x9E3779B97F4A7C15UL) >> (64 - TableBits));

    private static int EndLettersKey(char first, char last) => (((first | 0x20) - 'a') * 26) + ((last | 0x20) - 'a');

    /// <summary>Whether some entry of more than <see cref="MaxShortWordLength"/> letters has the first and last letter
    /// and the length of the word of <paramref name="length"/> (at least one) ASCII letters at <paramref name="start"/>,
    /// which the caller has found in <paramref name="text"/> (no range checks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayBeWord(ReadOnlySpan<char> text, int start, int length)
    {
        if (length >= 32)
        {
            return false;
        }

        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start);
        var key = EndLettersKey(first, Unsafe.Add(ref first, length - 1)); // letters: 0 to 26 * 26 - 1
        return (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_lengthsByEndLetters), key) & (1u << length)) != 0;
    }

    /// <summary>The meaning of the word of ASCII letters at <paramref name="start"/> in <paramref name="text"/> that
    /// <see cref="MayBeWord"/> let through (it rejects most words of running text first): one probe of the
    /// open-addressing table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TokenMeaning ProbeAscii(ReadOnlySpan<char> text, int start, int length)
    {
        // Longer words go to MeaningOf: the tokenizer's word loop makes no call but the one for other tokens.
        System.Diagnostics.Debug.Assert(length <= MaxPackedLength, "a word too long for the packed keys");
        ulong low, high;
        if (text.Length - start >= 2 * Vector128<ushort>.Count)
        {
            // 16 characters narrowed to bytes at once; the mask keeps the word's own letters
            ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
            var bytes = Vector128.Narrow(Vector128.LoadUnsafe(ref first), Vector128.LoadUnsafe(ref first, (nuint)Vector128<ushort>.Count));
            var letters = Vector128.LessThan(Vector128<byte>.Indices, Vector128.Create((byte)length));
            var packed = ((bytes | Vector128.Create((byte)0x20)) & letters).AsUInt64();
            (low, high) = (packed.GetElement(0), packed.GetElement(1));
        }
        else
        {
            (low, high) = Pack(text.Slice(start, length));
        }

        // The slots hold 0 (empty) or an index into the entries, and a slot number has TableBits bits: no range checks.
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_packedWords);
        var slot = SlotOf(low, high);
        while (Unsafe.Add(ref slots, slot) is var n and not 0)
        {
            ref readonly var entry = ref Unsafe.Add(ref entries, n);
            if (entry.Low == low && entry.High == high)
            {
                return entry.Meaning;
            }

            slot = (slot + 1) & ((1 << TableBits) - 1);
        }

        return TokenMeaning.PlainWord;
    }

    /// <summary>The meaning of any word, through the dictionary.</summary>
    internal TokenMeaning MeaningOf(ReadOnlySpan<char> word)
    {
        var (wordClass, value) = Lookup(word);
        return WordMeaning(wordClass, value);
    }

    private static TokenMeaning WordMeaning(WordClass wordClass, byte value) =>
        new(TokenKind.Word, wordClass, value, DateParser.WordMayStart(wordClass, value));

    /// <summary>English, as news writes it (US and UK spellings, AP abbreviations such as "Sept.").</summary>
    public static DateLanguage English { get; } = EnglishDateWords.Build();

    /// <summary>The language's name, e.g. "en".</summary>
    public string Name { get; }

    /// <summary>Whether slashed dates put the month first when the numbers do not tell (US habit).</summary>
    public bool MonthFirst { get; }

    internal int MaxWordLength { get; }

    /// <summary>The words the grammar's rules name, beyond the word classes.</summary>
    internal GrammarWords Grammar { get; }

    /// <summary>The words of a game and how each tells of one. A set, not a list: the sentence around every yearless
    /// quarter is searched for them, and financial news names quarters all the time.</summary>
    internal FrozenDictionary<string, GameWord>.AlternateLookup<ReadOnlySpan<char>> WordsOfAGame { get; }

    /// <summary>The first letters of the words of a game, by length: most words fail it before the set is asked.</summary>
    internal FirstLetterFilter GameWordFilter { get; }

    private static Dictionary<string, GameWord> GameWords(GrammarWords grammar)
    {
        var words = new Dictionary<string, GameWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (list, kind) in (ReadOnlySpan<(WordList, GameWord)>)
                 [(grammar.GameWordsAlways, GameWord.Always), (grammar.GameWordsAfterCount, GameWord.AfterCount),
                  (grammar.GameWordsContest, GameWord.Contest)])
        {
            foreach (var word in list)
            {
                words.Add(word, kind);
            }
        }

        return words;
    }

    /// <summary>Every word of the lists, as spelled there.</summary>
    internal IEnumerable<string> Words => _words.Keys;

    internal (WordClass Class, byte Value) Lookup(ReadOnlySpan<char> word) =>
        word.Length <= MaxWordLength && _lookup.TryGetValue(word, out var entry) ? entry : default;

    internal sealed class Builder(string name, bool monthFirst)
    {
        private readonly Dictionary<string, (WordClass, byte)> _words = new(StringComparer.OrdinalIgnoreCase);

        public Builder Add(WordClass wordClass, int value, params string[] words)
        {
            foreach (var word in words)
            {
                _words[word] = (wordClass, checked((byte)value));
            }

            return this;
        }

        public DateLanguage Build(GrammarWords grammar) => new(name, monthFirst, _words, grammar);
    }
}
