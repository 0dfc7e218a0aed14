using System.Buffers;
using System.Numerics;

namespace TextClean.Blocks;

/// <summary>What the boilerplate pass knows about one block on its own, computed once per block:
/// length, stopwords per language, how it ends, how it is capitalized, its normalized key.</summary>
/// <remarks>The key is not a string of its own: <see cref="Compute"/> writes it into a buffer the caller
/// shares between the blocks of a page, and <see cref="KeyIn"/> reads it back from there.</remarks>
internal readonly struct BlockFeatures
{
    /// <summary>Words (runs of letters and digits).</summary>
    public int Words { get; init; }

    /// <summary>Characters that are not whitespace.</summary>
    public int Chars { get; init; }

    /// <summary>Ends like a sentence (., !, ?, … before closing quotes or brackets).</summary>
    public bool EndsSentence { get; init; }

    /// <summary>Ends with a question mark: a question, or a headline asked as one ("What made Joker so popular?").</summary>
    public bool EndsWithQuestion { get; init; }

    /// <summary>Ends with a colon: it introduces what follows (a list, a quote).</summary>
    public bool EndsWithColon { get; init; }

    /// <summary>Ends with an ellipsis: a teaser cut short.</summary>
    public bool EndsWithEllipsis { get; init; }

    /// <summary>The block ends with '!': a widget's exclamation ("Copied!") as often as a sentence.</summary>
    public bool EndsWithExclamation { get; init; }

    /// <summary>The block opens with a speaker's label, a transcript's turn: "A: No.", "Q: Never?", "MARCHETTI: No.".</summary>
    public bool OpensWithSpeaker { get; init; }

    /// <summary>Share of words that start with a capital letter (title-case headlines are near 1).</summary>
    public double CapitalizedShare { get; init; }

    /// <summary>Share of the non-space characters that are digits or symbols.</summary>
    public double DigitSymbolShare { get; init; }

    /// <summary>Separators between link-like items: " | ", " / ", " • ".</summary>
    public int ItemSeparators { get; init; }

    /// <summary>Where the key starts in the buffer <see cref="Compute"/> wrote it to.</summary>
    public int KeyStart { get; init; }

    /// <summary>Length of the key: lower-cased letters and digits, single spaces between words.</summary>
    public int KeyLength { get; init; }

    /// <summary>The block contains a copyright sign.</summary>
    public bool HasCopyright { get; init; }

    /// <summary>Ends with a parenthesized photo credit: "(M. Degtyaryov/Anadolu Agency via Getty Images)".</summary>
    public bool EndsWithPhotoCredit { get; init; }

    public bool IsHeadlineLike => Words is > 0 and <= 20 && !EndsSentence;

    /// <summary>A question as short as a headline: "What made Joker so popular?" in a list of links, "What happens
    /// next?" as an article's subheading.</summary>
    public bool IsShortQuestion => Words is > 0 and <= 20 && EndsWithQuestion;

    /// <summary>Lower-cased letters and digits, single spaces between words: for phrases and repeats.</summary>
    public ReadOnlySpan<char> KeyIn(ReadOnlySpan<char> keys) => keys.Slice(KeyStart, KeyLength);

    /// <summary>A key can outgrow its block by one space per CJK character followed by a word.</summary>
    public static int MaxKeyLength(int blockLength) => 2 * blockLength;

    private static readonly string[] CreditWords = ["getty", "reuters", "afp", "ap photo", "associated press", "shutterstock", "photo", "image",
        "via ", "courtesy", "istock", "epa", "alamy", "credit", "pool", "handout", "pixabay", "unsplash", "wikimedia", "foto", "фото"];

    private static readonly SearchValues<char> SeparatorChars = SearchValues.Create("|/•·");

    /// <summary>The key of <paramref name="text"/> as a string (for phrase tables, built once).</summary>
    public static string NormalizedKey(ReadOnlySpan<char> text)
    {
        var buffer = new char[MaxKeyLength(text.Length)];
        Span<int> unused = stackalloc int[Stopwords.LanguageCount];
        var features = Compute(text, unused, buffer, 0);
        return new string(features.KeyIn(buffer));
    }

    /// <summary>Features of <paramref name="block"/>; its stopword counts go to <paramref name="stopwordHits"/>
    /// (one count per language), its key to <paramref name="keys"/> from <paramref name="keyStart"/>, which
    /// must leave room for <see cref="MaxKeyLength"/> characters.</summary>
    public static BlockFeatures Compute(ReadOnlySpan<char> block, Span<int> stopwordHits, Span<char> keys, int keyStart)
    {
        var words = 0;
        var capitalized = 0;
        var chars = 0;
        var digitsSymbols = 0;
        var key = keys[keyStart..];
        var k = 0;
        var i = 0;
        while (i < block.Length)
        {
            var c = block[i];
            if (!IsLetterOrDigit(c))
            {
                if (!IsWhiteSpace(c))
                {
                    chars++;
                    digitsSymbols++;
                }

                i++;
                continue;
            }

            // Scripts written without spaces: each character weighs about a word.
            if (IsCjk(c))
            {
                words++;
                chars += 3;
                capitalized++;
                key[k++] = c;
                i++;
                continue;
            }

            if (k > 0)
            {
                key[k++] = ' ';
            }

            // One word: letters and digits, with apostrophes inside ("don't", "Russia’s"). Its key is
            // written and hashed for the stopword lists in the same step.
            var start = i;
            var wordKey = k;
            var digits = 0;
            var hash = Stopwords.EmptyHash;
            while (i < block.Length)
            {
                c = block[i];
                char folded;
                if (c < 128)
                {
                    folded = (char)AsciiFolded[c];
                    if (folded == 0)
                    {
                        if (c != '\'' || !IsApostropheInWord(block, i, start))
                        {
                            break;
                        }

                        folded = ' ';
                    }
                    else if (folded <= '9')
                    {
                        digits++;
                    }
                }
                else if (IsCjk(c))
                {
                    break;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    digits += char.IsDigit(c) ? 1 : 0;
                    folded = char.ToLowerInvariant(c);
                }
                else if (c == '’' && IsApostropheInWord(block, i, start))
                {
                    folded = ' ';
                }
                else
                {
                    break;
                }

                key[k++] = folded;
                hash = Stopwords.Hash(hash, folded);
                i++;
            }

            var length = i - start;
            words++;
            chars += length;
            var first = block[start];
            if (first < 128 ? (AsciiFlags[first] & (Upper | Digit)) != 0 : char.IsUpper(first) || char.IsDigit(first))
            {
                capitalized++;
            }

            digitsSymbols += digits;
            if (length <= Stopwords.MaxWordLength && digits == 0)
            {
                var bits = Stopwords.Lookup(key[wordKey..k], hash);
                while (bits != 0)
                {
                    stopwordHits[BitOperations.TrailingZeroCount(bits)]++;
                    bits &= bits - 1;
                }
            }
        }

        var trimmed = TrimClosing(block);
        var last = trimmed.IsEmpty ? '\0' : trimmed[^1];
        return new BlockFeatures
        {
            Words = words,
            Chars = chars,
            EndsSentence = last is '.' or '!' or '?' or '…' or '。' or '！' or '？',
            EndsWithQuestion = last is '?' or '？',
            EndsWithExclamation = last is '!' or '！',
            OpensWithSpeaker = OpensWithSpeakerLabel(block),
            EndsWithColon = last == ':',
            EndsWithEllipsis = last == '…' || trimmed.EndsWith("...", StringComparison.Ordinal),
            CapitalizedShare = words == 0 ? 0 : (double)capitalized / words,
            DigitSymbolShare = chars == 0 ? 1 : (double)digitsSymbols / chars,
            ItemSeparators = CountSeparators(block),
            KeyStart = keyStart,
            KeyLength = k,
            HasCopyright = block.Contains('©'),
            EndsWithPhotoCredit = EndsWithCredit(block),
        };
    }

    private const byte LetterOrDigit = 1;
    private const byte Digit = 2;
    private const byte Upper = 4;
    private const byte Space = 8;

    /// <summary>char's own answers for ASCII, one load each: most scraped text is ASCII.</summary>
    private static ReadOnlySpan<byte> AsciiFlags =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, Space, Space, Space, Space, Space, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        Space, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
        5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>An ASCII letter or digit as the key writes it (lower case), 0 for anything else: one load
    /// per character of a word.</summary>
    private static ReadOnlySpan<byte> AsciiFolded =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];

    private static bool IsLetterOrDigit(char c) => c < 128 ? (AsciiFlags[c] & LetterOrDigit) != 0 : char.IsLetterOrDigit(c);

    private static bool IsWhiteSpace(char c) => c < 128 ? (AsciiFlags[c] & Space) != 0 : char.IsWhiteSpace(c);

    /// <summary>An apostrophe inside a word ("don't"): after its first character and before a letter.</summary>
    private static bool IsApostropheInWord(ReadOnlySpan<char> block, int i, int start) =>
        i > start && i + 1 < block.Length && char.IsLetter(block[i + 1]);

    /// <summary>The block without trailing spaces, closing quotes and brackets.</summary>
    private static ReadOnlySpan<char> TrimClosing(ReadOnlySpan<char> block)
    {
        var end = block.Length;
        while (end > 0)
        {
            // a reference work's citation markers after the sentence: "….[1]", "….[12][13]", "….[citation needed]"
            var window = Math.Max(0, end - 1 - MaxCitationMarker);
            if (block[end - 1] == ']' && block[window..(end - 1)].LastIndexOf('[') is var at and >= 0 && window + at is var open and > 0 &&
                block[open - 1] is not (' ' or '['))
            {
                end = open;
                continue;
            }

            if (!(char.IsWhiteSpace(block[end - 1]) || block[end - 1] is '"' or '”' or '’' or '\'' or ')' or '»' or ']' or '*' or '」' or '』'))
            {
                break;
            }

            end--;
        }

        return block[..end];
    }

    /// <summary>The longest citation marker, its opening bracket counted: "[citation needed" is sixteen.</summary>
    private const int MaxCitationMarker = 20;

    /// <summary>A label of one to three words of letters before ": " at the block's start ("A: ", "Q: ", "Dr. Ruiz: ").</summary>
    private static bool OpensWithSpeakerLabel(ReadOnlySpan<char> block)
    {
        var colon = block[..Math.Min(block.Length, MaxSpeakerLabel + 1)].IndexOf(':');
        if (colon < 1 || colon + 1 >= block.Length || block[colon + 1] != ' ')
        {
            return false;
        }

        var label = block[..colon];
        return !label.ContainsAnyExcept(SpeakerLabelCharacters) && label.Count(' ') <= 2 && char.IsLetter(label[0]);
    }

    /// <summary>The longest speaker's label read: a name and a title.</summary>
    private const int MaxSpeakerLabel = 24;

    private static readonly System.Buffers.SearchValues<char> SpeakerLabelCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .'’-");

    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    private static int CountSeparators(ReadOnlySpan<char> block)
    {
        var count = 0;
        var i = block.IndexOfAny(SeparatorChars);
        while (i >= 0)
        {
            if (i >= 1 && i + 1 < block.Length && block[i - 1] == ' ' && block[i + 1] == ' ')
            {
                count++;
            }

            var next = block[(i + 1)..].IndexOfAny(SeparatorChars);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return count;
    }

    private static bool EndsWithCredit(ReadOnlySpan<char> block)
    {
        var trimmed = block.TrimEnd(" .");
        if (trimmed.IsEmpty)
        {
            return false;
        }

        if (trimmed[^1] is not (')' or ']'))
        {
            return EndsWithGluedCredit(trimmed);
        }

        var open = trimmed.LastIndexOf(trimmed[^1] == ')' ? '(' : '[');
        if (open < 0 || trimmed.Length - open > 160)
        {
            return false;
        }

        return IsCredit(trimmed[(open + 1)..^1]);
    }

    /// <summary>The longest credit glued to a caption's last sentence: "…outside a co-working space in New York.Reuters",
    /// "…in Kabul.Getty Images".</summary>
    private const int LongestGluedCredit = 40;

    /// <summary>A credit a scraper glued to the caption's final period: a capital right after it, no space, and a
    /// credit word in what follows ("…in New York.Reuters"). "U.S.Army" has no credit word; "Sept.Reuters" is rare
    /// enough in prose to leave.</summary>
    private static bool EndsWithGluedCredit(ReadOnlySpan<char> trimmed)
    {
        var from = Math.Max(1, trimmed.Length - LongestGluedCredit);
        var period = trimmed[from..].LastIndexOf('.');
        if (period < 0)
        {
            return false;
        }

        period += from;
        return period + 1 < trimmed.Length && char.IsUpper(trimmed[period + 1]) && char.IsLower(trimmed[period - 1]) &&
               IsCredit(trimmed[(period + 1)..]);
    }

    /// <summary>Whether <paramref name="inside"/> reads as a photo credit: "Name/Agency", or a word such as Getty,
    /// Reuters, "via", "courtesy".</summary>
    private static bool IsCredit(ReadOnlySpan<char> inside)
    {
        // "Name/Agency", the usual shape of a photo credit.
        var slash = inside.IndexOf('/');
        if (slash > 0 && char.IsLetter(inside[slash - 1]))
        {
            return true;
        }

        foreach (var word in CreditWords)
        {
            var at = inside.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            var end = at + word.Length;
            // Whole words only: "EPA" the agency, not "eEPA" the acronym.
            if (at >= 0 && (at == 0 || !char.IsLetter(inside[at - 1])) && (end >= inside.Length || !char.IsLetter(inside[end]) || word[^1] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
