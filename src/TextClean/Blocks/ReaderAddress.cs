namespace TextClean.Blocks;

/// <summary>
/// Whether a block speaks to its reader, outside quotation marks: "you", "your", "our", "we", "please"
/// and their equivalents in the stoplists' main languages. Page furniture does ("Sign up for our
/// newsletter", "We use cookies"); news prose reports in the third person and addresses the reader only
/// inside the quotes it cites. Furniture also points at the page it is on ("This site uses cookies to…",
/// "sign up at the link below"), which an article's sentence about the same thing does not.
/// </summary>
internal static class ReaderAddress
{
    private const int MaxWordLength = 12;

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English ("us" and "I" are handled apart: "US" is a country, "I" only counts in upper case)
        "you", "your", "yours", "yourself", "we", "our", "ours", "ourselves", "please", "my", "me",
        // French, German, Spanish, Italian, Portuguese
        "vous", "votre", "vos", "nous", "notre", "nos", "wir", "uns", "unser", "unsere", "unserem", "unseren", "unserer",
        "usted", "ustedes", "nuestro", "nuestra", "nuestros", "nuestras", "voi", "vostro", "vostra", "noi", "nostro", "nostra",
        "nostri", "você", "vocês", "nosso", "nossa",
        // Russian, Ukrainian
        "вы", "вас", "ваш", "ваша", "ваше", "ваши", "мы", "нас", "наш", "наша", "наше", "наши", "ви", "ваші", "ми", "наші",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What "this" points at when the page speaks of itself ("this site", "this newsletter").</summary>
    private static readonly string[] PageNouns = ["site", "website", "webpage", "page", "newsletter", "article"];

    /// <summary>What "below" follows when the page points down at itself ("the link below").</summary>
    private static readonly string[] PageParts = ["link", "links", "form", "button", "box"];

    public static bool IsIn(ReadOnlySpan<char> block)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        var quoted = false;
        var previous = 0..0;
        var i = 0;
        while (i < block.Length)
        {
            var c = block[i];
            if (!char.IsLetter(c))
            {
                quoted = c switch
                {
                    '"' => !quoted,
                    '“' or '«' or '„' => true,
                    '”' or '»' => false,
                    _ => quoted,
                };
                i++;
                continue;
            }

            var start = i;
            while (i < block.Length && char.IsLetter(block[i]))
            {
                i++;
            }

            var word = block[start..i];
            if (quoted || word.Length > MaxWordLength)
            {
                continue;
            }

            // "us" but not "US"; "I" but not "i" (a list marker) or a word's initial.
            if (word is "us" or "I")
            {
                return true;
            }

            var length = word.ToLowerInvariant(lower);
            if (length > 0 && WordsBySpan.Contains(lower[..length]))
            {
                return true;
            }

            var before = block[previous];
            if ((before.Equals("this", StringComparison.OrdinalIgnoreCase) && IsAny(word, PageNouns))
                || (word.Equals("below", StringComparison.OrdinalIgnoreCase) && IsAny(before, PageParts)))
            {
                return true;
            }

            previous = start..i;
        }

        return false;
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words) => WordList.Contains(words, word);
}
