using System.Text;

namespace TextClean.Blocks;

/// <summary>What the boilerplate pass knows about one block on its own, computed once per block:
/// length, stopwords per language, how it ends, how it is capitalized, its normalized key.</summary>
internal readonly struct BlockFeatures
{
    /// <summary>Words (runs of letters and digits).</summary>
    public int Words { get; init; }

    /// <summary>Characters that are not whitespace.</summary>
    public int Chars { get; init; }

    /// <summary>Ends like a sentence (., !, ?, … before closing quotes or brackets).</summary>
    public bool EndsSentence { get; init; }

    /// <summary>Ends with a colon: it introduces what follows (a list, a quote).</summary>
    public bool EndsWithColon { get; init; }

    /// <summary>Ends with an ellipsis: a teaser cut short.</summary>
    public bool EndsWithEllipsis { get; init; }

    /// <summary>Share of words that start with a capital letter (title-case headlines are near 1).</summary>
    public double CapitalizedShare { get; init; }

    /// <summary>Share of the non-space characters that are digits or symbols.</summary>
    public double DigitSymbolShare { get; init; }

    /// <summary>Separators between link-like items: " | ", " / ", " • ".</summary>
    public int ItemSeparators { get; init; }

    /// <summary>Lower-cased letters and digits, single spaces between words: for phrases and repeats.</summary>
    public string Key { get; init; }

    /// <summary>The block contains a copyright sign.</summary>
    public bool HasCopyright { get; init; }

    /// <summary>Ends with a parenthesized photo credit: "(M. Degtyaryov/Anadolu Agency via Getty Images)".</summary>
    public bool EndsWithPhotoCredit { get; init; }

    public bool IsHeadlineLike => Words is > 0 and <= 20 && !EndsSentence;

    private static readonly string[] CreditWords = ["getty", "reuters", "afp", "ap photo", "associated press", "shutterstock", "photo", "image",
        "via ", "courtesy", "istock", "epa", "alamy", "credit", "pool", "handout", "pixabay", "unsplash", "wikimedia", "foto", "фото"];

    /// <summary>Features of <paramref name="block"/>; its stopword counts go to <paramref name="stopwordHits"/>
    /// (one count per language).</summary>
    public static BlockFeatures Compute(ReadOnlySpan<char> block, Span<int> stopwordHits)
    {
        var words = 0;
        var capitalized = 0;
        var chars = 0;
        var digitsSymbols = 0;
        var key = new StringBuilder(Math.Min(block.Length, 1024));
        Span<char> lower = stackalloc char[Stopwords.MaxWordLength];
        var i = 0;
        while (i < block.Length)
        {
            var c = block[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (!char.IsWhiteSpace(c))
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
                key.Append(c);
                i++;
                continue;
            }

            // One word: letters and digits, with apostrophes inside ("don't", "Russia’s").
            var start = i;
            while (i < block.Length && !IsCjk(block[i]) && (char.IsLetterOrDigit(block[i]) ||
                   (block[i] is '\'' or '’' && i + 1 < block.Length && char.IsLetter(block[i + 1]) && i > start)))
            {
                i++;
            }

            var word = block[start..i];
            words++;
            chars += word.Length;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
            {
                capitalized++;
            }

            var digits = 0;
            foreach (var w in word)
            {
                if (char.IsDigit(w))
                {
                    digits++;
                }
            }

            digitsSymbols += digits;
            if (key.Length > 0)
            {
                key.Append(' ');
            }

            foreach (var w in word)
            {
                if (char.IsLetterOrDigit(w))
                {
                    key.Append(char.ToLowerInvariant(w));
                }
                else
                {
                    key.Append(' ');
                }
            }

            if (word.Length <= Stopwords.MaxWordLength && digits == 0)
            {
                var n = word.ToLowerInvariant(lower);
                lower[..n].Replace('’', '\'');
                var bits = Stopwords.Lookup(lower[..n]);
                while (bits != 0)
                {
                    var language = System.Numerics.BitOperations.TrailingZeroCount(bits);
                    stopwordHits[language]++;
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
            EndsWithColon = last == ':',
            EndsWithEllipsis = last == '…' || trimmed.EndsWith("...", StringComparison.Ordinal),
            CapitalizedShare = words == 0 ? 0 : (double)capitalized / words,
            DigitSymbolShare = chars == 0 ? 1 : (double)digitsSymbols / chars,
            ItemSeparators = CountSeparators(block),
            Key = key.ToString(),
            HasCopyright = block.Contains('©'),
            EndsWithPhotoCredit = EndsWithCredit(block),
        };
    }

    /// <summary>The block without trailing spaces, closing quotes and brackets.</summary>
    private static ReadOnlySpan<char> TrimClosing(ReadOnlySpan<char> block)
    {
        var end = block.Length;
        while (end > 0 && (char.IsWhiteSpace(block[end - 1]) || block[end - 1] is '"' or '”' or '’' or '\'' or ')' or '»' or ']' or '*' or '」' or '』'))
        {
            end--;
        }

        return block[..end];
    }

    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    private static int CountSeparators(ReadOnlySpan<char> block)
    {
        var count = 0;
        for (var i = 1; i + 1 < block.Length; i++)
        {
            if (block[i] is '|' or '/' or '•' or '·' && block[i - 1] == ' ' && block[i + 1] == ' ')
            {
                count++;
            }
        }

        return count;
    }

    private static bool EndsWithCredit(ReadOnlySpan<char> block)
    {
        var trimmed = block.TrimEnd(" .");
        if (trimmed.IsEmpty || trimmed[^1] != ')')
        {
            return false;
        }

        var open = trimmed.LastIndexOf('(');
        if (open < 0 || trimmed.Length - open > 160)
        {
            return false;
        }

        var inside = trimmed[(open + 1)..^1];
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
