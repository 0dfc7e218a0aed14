using System.Globalization;
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
            var lists = new string[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                Languages[i] = names[i][ResourcePrefix.Length..^4];
                using var stream = assembly.GetManifestResourceStream(names[i]) ?? throw new InvalidOperationException($"missing resource {names[i]}");
                using var reader = new StreamReader(stream);
                lists[i] = reader.ReadToEnd();
            }

            // Built straight into the open-addressing arrays, sized for every line being a new word and trimmed
            // to the words there are at the end: a Dictionary<string, uint> of the words first, with a string
            // each, made building cost 64 million instructions, most of a one-article run's start.
            var lines = 0;
            var characters = 0;
            foreach (var list in lists)
            {
                lines += list.AsSpan().Count('\n') + list.AsSpan().Count('\r') + 1; // every break may end a line
                characters += list.Length;
            }

            var builder = new Builder(lines, characters);
            Span<char> word = stackalloc char[MaxWordLength];
            for (var i = 0; i < lists.Length; i++)
            {
                var rest = lists[i].AsSpan();
                while (!rest.IsEmpty)
                {
                    var lineEnd = rest.IndexOfAny('\r', '\n');
                    var line = (lineEnd < 0 ? rest : rest[..lineEnd]).Trim();
                    rest = lineEnd < 0 ? default : rest[(lineEnd + 1)..];
                    if (line.Length is > 0 and <= MaxWordLength && KeyWord(line, word) is { Length: > 0 } key)
                    {
                        builder.Add(key, 1u << i);
                    }
                }
            }

            (_chars, _starts, _bits, _slots) = builder.Finish();
            _mask = _slots.Length - 1;
            _slotShift = 32 - BitOperations.Log2((uint)_slots.Length);
        }

        /// <summary>A list's word as block keys hold it, in <paramref name="buffer"/> (its length at least the
        /// word's); empty when no key could hold it.</summary>
        private static Span<char> KeyWord(ReadOnlySpan<char> line, Span<char> buffer)
        {
            var word = buffer[..line.Length];
            line.CopyTo(word);
            foreach (var c in line)
            {
                if (MayLowerCase(c))
                {
                    line.ToLowerInvariant(word); // through ICU in the native build: only for the few words that need it
                    break;
                }
            }

            // Block keys write an apostrophe inside a word, ' or ’, as a space ("d’un" is "d un"), so the entries
            // do too. A word holds no space, and a key no apostrophe at a word's edge, so entries with either
            // could never match.
            for (var i = 0; i < word.Length; i++)
            {
                if (word[i] == ' ' || (word[i] is '\'' or '’' && (i == 0 || i == word.Length - 1)))
                {
                    return default;
                }

                if (word[i] is '\'' or '’')
                {
                    word[i] = ' ';
                }
            }

            return word;
        }

        /// <summary>Whether <paramref name="c"/> may have a lower-case form: capitals and title-case letters, and the
        /// letter-like numbers and symbols Unicode gives one (Ⅻ, Ⓐ); anything outside the basic plane.</summary>
        private static bool MayLowerCase(char c) =>
            char.IsAscii(c)
                ? char.IsAsciiLetterUpper(c)
                : char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.LetterNumber or UnicodeCategory.OtherSymbol;

        /// <summary>Collects distinct words with their language bits, then packs them into the table's arrays.</summary>
        private sealed class Builder(int maxWords, int maxCharacters)
        {
            private readonly char[] _chars = new char[maxCharacters];
            private readonly int[] _starts = new int[maxWords + 1];
            private readonly uint[] _bits = new uint[maxWords];
            private readonly uint[] _hashes = new uint[maxWords];
            private readonly int[] _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, maxWords * 2))]; // entry + 1, 0 empty
            private int _count;

            private readonly int _slotShift = 32 - BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, maxWords * 2)));

            public void Add(ReadOnlySpan<char> word, uint bit)
            {
                var hash = HashOf(word);
                var mask = _slots.Length - 1;
                var slot = (int)((hash * 2654435769u) >> _slotShift);
                for (; _slots[slot] != 0; slot = (slot + 1) & mask)
                {
                    var entry = _slots[slot] - 1;
                    if (_hashes[entry] == hash && _chars.AsSpan(_starts[entry], _starts[entry + 1] - _starts[entry]).SequenceEqual(word))
                    {
                        _bits[entry] |= bit;
                        return;
                    }
                }

                word.CopyTo(_chars.AsSpan(_starts[_count]));
                _bits[_count] = bit;
                _hashes[_count] = hash;
                _starts[_count + 1] = _starts[_count] + word.Length;
                _slots[slot] = ++_count;
            }

            /// <summary>The entries' characters, starts (one past the last too), language bits and slots.</summary>
            public (char[] Chars, int[] Starts, uint[] Bits, ulong[] Slots) Finish()
            {
                var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _count * 2));
                var slotShift = 32 - BitOperations.Log2((uint)capacity);
                var slots = new ulong[capacity];
                for (var entry = 0; entry < _count; entry++)
                {
                    var hash = _hashes[entry];
                    var slot = (int)((hash * 2654435769u) >> slotShift);
                    while (slots[slot] != 0)
                    {
                        slot = (slot + 1) & (capacity - 1);
                    }

                    slots[slot] = ((ulong)hash << 32) | (uint)(entry + 1);
                }

                return (_chars[.._starts[_count]], _starts[..(_count + 1)], _bits[.._count], slots);
            }

            private static uint HashOf(ReadOnlySpan<char> word)
            {
                var hash = EmptyHash;
                foreach (var c in word)
                {
                    hash = Hash(hash, c);
                }

                return hash;
            }
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
