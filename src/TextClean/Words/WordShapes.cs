namespace TextClean.Words;

/// <summary>The case of a word's letters, which a repair keeps.</summary>
internal enum CasePattern
{
    /// <summary>"negotiations"</summary>
    Lower,

    /// <summary>"Negotiations"</summary>
    Capitalized,

    /// <summary>"NEGOTIATIONS"</summary>
    Upper,

    /// <summary>"iPhone", "McDonald", "ILC2s": anything else; the word passes leave these alone.</summary>
    Mixed,
}

/// <summary>Small helpers the word passes share: case patterns and case-aware lexicon lookups.</summary>
internal static class WordShapes
{
    /// <summary>Longest word the passes look at; longer tokens are not words and are left alone.</summary>
    public const int MaxWordLength = 64;

    /// <summary>The case pattern of the letters of <paramref name="token"/>; other characters are ignored.</summary>
    public static CasePattern Classify(ReadOnlySpan<char> token)
    {
        int letters = 0, upper = 0;
        var firstIsUpper = false;
        foreach (var c in token)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (char.IsUpper(c))
            {
                firstIsUpper |= letters == 0;
                upper++;
            }

            letters++;
        }

        if (upper == 0)
        {
            return CasePattern.Lower;
        }

        if (upper == letters && letters > 1)
        {
            return CasePattern.Upper;
        }

        return upper == 1 && firstIsUpper ? CasePattern.Capitalized : CasePattern.Mixed;
    }

    /// <summary>
    /// The best (lowest) band of <paramref name="word"/> in any case form its pattern allows, or -1:
    /// a lowercase word must be listed lowercase; a capitalized one may be a name or a lowercase word
    /// at the start of a sentence; an uppercase one may be any of them; <see cref="CasePattern.Mixed"/>
    /// asks for the exact form only.
    /// </summary>
    public static int BandOf(Lexicon lexicon, ReadOnlySpan<char> word, CasePattern pattern)
    {
        if (word.Length > MaxWordLength)
        {
            return -1;
        }

        switch (pattern)
        {
            case CasePattern.Lower:
                return lexicon.BandOf(word);

            case CasePattern.Capitalized:
            {
                Span<char> lower = stackalloc char[word.Length];
                word.ToLowerInvariant(lower);
                return Best(lexicon.BandOf(word), lexicon.BandOf(lower));
            }

            case CasePattern.Upper:
            {
                Span<char> form = stackalloc char[word.Length];
                word.ToLowerInvariant(form);
                var band = lexicon.BandOf(form);
                form[0] = char.ToUpperInvariant(form[0]);
                band = Best(band, lexicon.BandOf(form));
                return Best(band, lexicon.BandOf(word));
            }

            default:
                return lexicon.BandOf(word);
        }
    }

    private static int Best(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}
