using System.Buffers;
using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace TextClean.Words;

/// <summary>
/// A word list of one language, for the word passes: is this a word, and how common is it. English
/// (SCOWL, see Data/SCOWL-LICENSE.txt) ships embedded; <see cref="FromWords(IEnumerable{string}, string)"/>
/// makes one for any other language. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Words keep their case ("Russia", "negotiations"); lookups are exact and ordinal, and the passes try
/// the case forms that make sense for a token. The table is an open-addressing hash over one packed
/// char array: a lookup takes a span, hashes it once and compares in place, so it never allocates.
/// The embedded list is loaded on the first lookup, once, whichever thread gets there first.
/// </remarks>
public sealed class Lexicon
{
    /// <summary>The band of a word given without one: as common as SCOWL's middle size class.</summary>
    public const int DefaultBand = 50;

    private const string EnglishResource = "TextClean.Words.Data.en.lexicon";

    private static readonly Lexicon EnglishLexicon = new("en", () => LexiconTable.Load(OpenEnglish()));

    private readonly Lazy<LexiconTable> _table;

    private Lexicon(string language, Func<LexiconTable> load)
    {
        Language = language;
        _table = new Lazy<LexiconTable>(load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>American, British and Canadian English from SCOWL size classes 10 to 80 (about 289,000
    /// words with proper names), loaded lazily from the assembly.</summary>
    public static Lexicon English => EnglishLexicon;

    /// <summary>The language's tag, such as <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>How many words it holds (loads the list).</summary>
    public int Count => _table.Value.Count;

    /// <summary>A lexicon of <paramref name="words"/>, all of band <see cref="DefaultBand"/>. Entries that
    /// are not made of letters alone are skipped; duplicates count once.</summary>
    public static Lexicon FromWords(IEnumerable<string> words, string language)
    {
        ArgumentNullException.ThrowIfNull(words);
        return FromRankedWords(words.Select(w => (w, DefaultBand)), language);
    }

    /// <summary>A lexicon with a frequency band per word: lower is more common (SCOWL's 10 holds the
    /// most common words, 80 rare ones). A word given twice keeps its lowest band.</summary>
    public static Lexicon FromRankedWords(IEnumerable<(string Word, int Band)> words, string language)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var table = LexiconTable.Build(words);
        return new Lexicon(language, () => table);
    }

    /// <summary>Whether <paramref name="word"/> is in the list, exactly as written.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _table.Value.Find(word) >= 0;

    /// <summary>The frequency band of <paramref name="word"/> exactly as written (lower is more common),
    /// or -1 when it is not in the list.</summary>
    public int BandOf(ReadOnlySpan<char> word)
    {
        var table = _table.Value;
        var index = table.Find(word);
        return index < 0 ? -1 : table.Band(index);
    }

    /// <summary>The lowercase letters its words use, in order: what a damaged character may stand for.</summary>
    internal string Alphabet => _table.Value.Alphabet;

    /// <summary>The lowercase letters beyond ASCII its words use, in order: what a U+FFFD inside a word may
    /// stand for, since a decoder puts it only where a non-ASCII character was lost.</summary>
    internal string NonAsciiAlphabet => _table.Value.NonAsciiAlphabet;

    internal LexiconTable Table => _table.Value;

    /// <summary>The lexicon's language, as <c>Lexicon(en)</c>.</summary>
    public override string ToString() => $"Lexicon({Language})";

    private static Stream OpenEnglish() =>
        typeof(Lexicon).Assembly.GetManifestResourceStream(EnglishResource)
        ?? throw new InvalidOperationException($"The embedded English lexicon ({EnglishResource}) is missing from the assembly.");
}

/// <summary>The loaded form of a lexicon: every word in one char array, in ordinal order, with an
/// open-addressing hash table of word indexes for lookups by span.</summary>
internal sealed class LexiconTable
{
    private static readonly byte[] Magic = "TCLEX1\n"u8.ToArray();

    private const int MaxNonAsciiLetters = 64;

    private readonly char[] _chars;
    private readonly int[] _starts; // word i is _chars[_starts[i].._starts[i + 1]]
    private readonly byte[] _bands;
    private readonly int[] _slots;  // word index + 1; 0 is empty
    private readonly int _mask;

    private LexiconTable(char[] chars, int[] starts, byte[] bands)
    {
        _chars = chars;
        _starts = starts;
        _bands = bands;
        // Load factor between 1/3 and 2/3: short probe runs, a quarter of the memory of a HashSet<string>.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, Count + (Count >> 1)));
        _slots = new int[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = Hash(Word(i)) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i + 1;
        }

        (Alphabet, NonAsciiAlphabet) = BuildAlphabets();
    }

    public int Count => _bands.Length;

    public string Alphabet { get; }

    public string NonAsciiAlphabet { get; }

    public ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    public int Band(int index) => _bands[index];

    /// <summary>The index of <paramref name="word"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var slot = Hash(word) & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (Word(entry - 1).SequenceEqual(word))
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The index of <paramref name="word"/> by binary search over the sorted words, or -1.
    /// The hash lookup is what the passes use; this one is kept for comparison (tools/lexicon).</summary>
    public int FindSorted(ReadOnlySpan<char> word)
    {
        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = Word(middle).SequenceCompareTo(word);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>Reads the format written by tools/lexicon/build-lexicon.py (raw deflate of front-coded words).</summary>
    public static LexiconTable Load(Stream compressed)
    {
        using var inflated = new MemoryStream();
        using (compressed)
        using (var deflate = new DeflateStream(compressed, CompressionMode.Decompress))
        {
            deflate.CopyTo(inflated);
        }

        var bytes = inflated.GetBuffer().AsSpan(0, (int)inflated.Length);
        if (!bytes.StartsWith(Magic))
        {
            throw new InvalidDataException("Not a TextClean lexicon (bad header).");
        }

        var position = Magic.Length;
        position += bytes[position..].IndexOf((byte)'\n') + 1; // the language line

        var chars = new char[bytes.Length * 2]; // front coding stores about half of each word
        var starts = new List<int>(1 << 18) { 0 };
        var bands = new List<byte>(1 << 18);
        var previousStart = 0;
        var length = 0;
        while (position < bytes.Length)
        {
            int shared = bytes[position], band = bytes[position + 1];
            var end = position + 2 + bytes[(position + 2)..].IndexOf((byte)'\n');
            var start = length;
            if (chars.Length - length < shared + (end - position))
            {
                Array.Resize(ref chars, chars.Length * 2);
            }

            Array.Copy(chars, previousStart, chars, start, shared); // the prefix shared with the previous word
            length += shared;
            // Most words are ASCII: widened without the UTF-8 decoder's set-up per word, which decodes the rest.
            var suffix = bytes[(position + 2)..end];
            length += Ascii.ToUtf16(suffix, chars.AsSpan(length), out var widened) == OperationStatus.Done
                ? widened
                : Encoding.UTF8.GetChars(suffix, chars.AsSpan(length));
            starts.Add(length);
            bands.Add((byte)band);
            previousStart = start;
            position = end + 1;
        }

        return new LexiconTable(chars[..length], [.. starts], [.. bands]);
    }

    public static LexiconTable Build(IEnumerable<(string Word, int Band)> words)
    {
        var bands = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, band) in words)
        {
            if (string.IsNullOrEmpty(word) || !IsLetters(word))
            {
                continue;
            }

            var clamped = Math.Clamp(band, 0, byte.MaxValue);
            bands[word] = bands.TryGetValue(word, out var known) ? Math.Min(known, clamped) : clamped;
        }

        var sorted = bands.Keys.Order(StringComparer.Ordinal).ToArray();
        var chars = new char[sorted.Sum(w => w.Length)];
        var starts = new int[sorted.Length + 1];
        var bandBytes = new byte[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i].CopyTo(chars.AsSpan(starts[i]));
            starts[i + 1] = starts[i] + sorted[i].Length;
            bandBytes[i] = (byte)bands[sorted[i]];
        }

        return new LexiconTable(chars, starts, bandBytes);
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // FNV-1a over UTF-16 code units: stable, cheap for short words, and good enough with linear probing
    // at load factor 2/3 or below.
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    // The lowercase letters used at least once per thousand words: for English a-z and é. Rarer ones
    // ("ø", "ù") would multiply the substitutions tried for almost no repair. A U+FFFD is tried only with
    // letters beyond ASCII, so it takes every one of those the words use (English has two dozen: "Señor",
    // "naïve"), up to the most used 64 for a lexicon of a script with thousands.
    private (string Common, string NonAscii) BuildAlphabets()
    {
        // Counted as written, then folded to lower case once per character seen: lower-casing every character
        // went through ICU for each one beyond ASCII in the native build (45 million instructions a load).
        var written = new int[char.MaxValue + 1];
        foreach (var c in _chars)
        {
            written[c]++;
        }

        var uses = new int[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (written[c] != 0)
            {
                uses[char.ToLowerInvariant((char)c)] += written[c];
            }
        }

        var threshold = Math.Max(1, Count / 1000);
        var common = new StringBuilder();
        var nonAscii = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (uses[c] == 0 || !char.IsLetter((char)c) || char.IsUpper((char)c))
            {
                continue;
            }

            if (uses[c] >= threshold)
            {
                common.Append((char)c);
            }

            if (c > 0x7F)
            {
                nonAscii.Append((char)c);
            }
        }

        return (common.ToString(), nonAscii.Length <= MaxNonAsciiLetters ? nonAscii.ToString() : MostUsed(nonAscii.ToString(), uses));
    }

    // The most used of the letters, in order: for a lexicon of a script with thousands of them.
    private static string MostUsed(string letters, int[] uses)
    {
        var byUse = letters.ToCharArray();
        Array.Sort(byUse, (a, b) => uses[b].CompareTo(uses[a]));
        var kept = byUse[..MaxNonAsciiLetters];
        Array.Sort(kept);
        return new string(kept);
    }
}
