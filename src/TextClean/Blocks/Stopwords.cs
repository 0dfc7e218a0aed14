using System.Numerics;

namespace TextClean.Blocks;

/// <summary>
/// jusText's stopword lists (BSD-2-Clause; Stoplists/LICENSE.jusText.rst), embedded. One table maps
/// each lower-cased word to a bit per language that lists it, so one lookup per word counts the
/// stopwords of every language at once. Built once, on first use, thread-safely.
/// </summary>
/// <remarks>
/// Words are looked up in the form a block's key holds them (<see cref="BlockFeatures"/>): lower case,
/// with an apostrophe written as a space ("don t"). The caller hashes the word with <see cref="Hash"/>
/// while it writes the key, so a lookup reads no character twice and allocates nothing.
/// </remarks>
internal static class Stopwords
{
    private const string ResourcePrefix = "TextClean.Stoplists.";

    /// <summary>Longest word looked up; longer tokens are no stopword in any list.</summary>
    public const int MaxWordLength = 32;

    /// <summary>The hash of the empty word; feed each character of a word to <see cref="Hash"/>.</summary>
    public const uint EmptyHash = 2166136261;

    public static IReadOnlyList<string> Languages => Table.Instance.Languages;

    public static int LanguageCount => Table.Instance.Languages.Length;

    /// <summary>The bit <see cref="Lookup(ReadOnlySpan{char})"/> sets for <paramref name="language"/> ("English").</summary>
    public static uint LanguageBit(string language)
    {
        var index = Array.IndexOf(Table.Instance.Languages, language);
        return index < 0 ? throw new ArgumentException($"no stoplist for {language}", nameof(language)) : 1u << index;
    }

    /// <summary>FNV-1a, one UTF-16 unit at a time.</summary>
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The languages listing <paramref name="keyWord"/> (lower case, apostrophes as spaces), one bit
    /// each (bit i = <see cref="Languages"/>[i]); <paramref name="hash"/> is its <see cref="Hash"/>.</summary>
    public static uint Lookup(ReadOnlySpan<char> keyWord, uint hash) => Table.Instance.Lookup(keyWord, hash);

    /// <summary>The same lookup for a lower-case word as the lists write it ("don't", "d’un").</summary>
    public static uint Lookup(ReadOnlySpan<char> lowerCaseWord)
    {
        if (lowerCaseWord.Length > MaxWordLength)
        {
            return 0;
        }

        Span<char> keyWord = stackalloc char[lowerCaseWord.Length];
        var hash = EmptyHash;
        for (var i = 0; i < lowerCaseWord.Length; i++)
        {
            keyWord[i] = lowerCaseWord[i] is '\'' or '’' ? ' ' : lowerCaseWord[i];
            hash = Hash(hash, keyWord[i]);
        }

        return Lookup(keyWord, hash);
    }

    /// <summary>Open addressing over one array of characters: no string per entry, no comparer call per probe.</summary>
    private sealed class Table
    {
        public static readonly Table Instance = new();

        private readonly char[] _chars;
        private readonly int[] _starts;
        private readonly uint[] _bits;
        /// <summary>Per slot, the entry's hash in the high half and its index + 1 in the low half (0 is
        /// empty): a probe that misses reads nothing else.</summary>
        private readonly ulong[] _slots;
        private readonly int _mask;
        private readonly int _slotShift;

        public string[] Languages { get; }

        private Table()
        {
            var assembly = typeof(Stopwords).Assembly;
            var names = assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Take(32)
                .ToArray();
            Languages = new string[names.Length];
            var words = new Dictionary<string, uint>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                Languages[i] = names[i][ResourcePrefix.Length..^4];
                using var stream = assembly.GetManifestResourceStream(names[i]) ?? throw new InvalidOperationException($"missing resource {names[i]}");
                using var reader = new StreamReader(stream);
                while (reader.ReadLine() is { } line)
                {
                    // Block keys write an apostrophe inside a word, ' or ’, as a space ("d’un" is "d un"), so the
                    // entries do too. A word holds no space, and a key no apostrophe at a word's edge, so entries
                    // with either could never match.
                    var word = line.Trim().ToLowerInvariant().Replace('’', '\'');
                    if (word.Length is > 0 and <= MaxWordLength && !word.Contains(' ') && word[0] != '\'' && word[^1] != '\'')
                    {
                        word = word.Replace('\'', ' ');
                        words[word] = words.GetValueOrDefault(word) | (1u << i);
                    }
                }
            }

            var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 2));
            _mask = capacity - 1;
            _slotShift = 32 - BitOperations.Log2((uint)capacity);
            _slots = new ulong[capacity];
            _chars = new char[words.Keys.Sum(w => w.Length)];
            _starts = new int[words.Count + 1];
            _bits = new uint[words.Count];
            var entry = 0;
            var at = 0;
            foreach (var (word, bits) in words)
            {
                word.CopyTo(_chars.AsSpan(at));
                _starts[entry] = at;
                at += word.Length;
                _bits[entry] = bits;
                var hash = EmptyHash;
                foreach (var c in word)
                {
                    hash = Hash(hash, c);
                }

                var slot = Slot(hash);
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = ((ulong)hash << 32) | (uint)++entry;
            }

            _starts[entry] = at;
        }

        public uint Lookup(ReadOnlySpan<char> keyWord, uint hash)
        {
            for (var slot = Slot(hash); ; slot = (slot + 1) & _mask)
            {
                var entryAndHash = _slots[slot];
                if (entryAndHash == 0)
                {
                    return 0;
                }

                var entry = (int)(uint)entryAndHash - 1;
                if ((uint)(entryAndHash >> 32) == hash && _chars.AsSpan(_starts[entry], _starts[entry + 1] - _starts[entry]).SequenceEqual(keyWord))
                {
                    return _bits[entry];
                }
            }
        }

        /// <summary>Fibonacci hashing: the product's top bits, which every bit of the hash reaches.</summary>
        private int Slot(uint hash) => (int)((hash * 2654435769u) >> _slotShift);
    }
}
