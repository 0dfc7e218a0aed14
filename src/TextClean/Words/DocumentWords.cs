namespace TextClean.Words;

/// <summary>What a word split by a line-break hyphen ("nego-\ntiations", "well-\nknown") contributes to
/// <see cref="DocumentWords"/>.</summary>
internal enum SplitWords
{
    /// <summary>Nothing, and hyphenated compounds count whole: what de-hyphenation needs, since it asks
    /// whether the parts and the joined form are words.</summary>
    Skip,

    /// <summary>Its parts and its joined form, whatever de-hyphenation decides: so in-word repair sees
    /// the same evidence before and after de-hyphenation has run, and the pipeline stays idempotent.</summary>
    PartsAndJoined,
}

/// <summary>
/// The words that stand intact in one text, compared without case: the document's own evidence for a
/// repair ("negotiations" elsewhere in seed 002 vouches for "negotiati]ns"). Built per call, and only
/// when a pass has found something to decide, from words of the lengths it asks about.
/// </summary>
internal sealed class DocumentWords
{
    // Key: the word without case; value: how the text first wrote it ("iPhone").
    private readonly Dictionary<string, string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private DocumentWords() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>Whether the text has <paramref name="word"/> (without case), and how it wrote it.</summary>
    public bool TryGetWritten(ReadOnlySpan<char> word, out string written) => _lookup.TryGetValue(word, out written!);

    // Length, first and last letter of every word, without case: a cheap test that a token with two
    // damaged letters could match any word of the text at all, before trying hundreds of fillings.
    private readonly HashSet<long> _shapes = [];

    public void Add(string word)
    {
        if (_words.TryAdd(word, word))
        {
            _shapes.Add(Shape(word));
        }
    }

    public void Add(ReadOnlySpan<char> word)
    {
        if (!_lookup.ContainsKey(word))
        {
            Add(word.ToString());
        }
    }

    /// <summary>Whether some word has the length, first and last letter of <paramref name="token"/>.</summary>
    public bool HasShapeOf(ReadOnlySpan<char> token) => !token.IsEmpty && _shapes.Contains(Shape(token));

    private static long Shape(ReadOnlySpan<char> word) =>
        ((long)word.Length << 32) | ((long)char.ToLowerInvariant(word[0]) << 16) | char.ToLowerInvariant(word[^1]);

    /// <summary>
    /// Collects the words of <paramref name="text"/> whose length <paramref name="wanted"/> accepts.
    /// A word is a run of letters with no digit beside it and not joined to more letters by a symbol
    /// that <paramref name="isPartOfToken"/> accepts, so the pieces of a damaged token ("negotiati" in
    /// "negotiati]ns") are not words. <paramref name="splits"/> says what a word split by a line-break
    /// hyphen ("nego-\ntiations") contributes.
    /// </summary>
    public static DocumentWords Collect(string text, Func<int, bool> wanted, Func<char, bool> isPartOfToken, SplitWords splits)
    {
        var words = new DocumentWords();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var before = start > 0 ? text[start - 1] : ' ';
            var after = i < text.Length ? text[i] : ' ';
            // A U+FFFD may be a lost letter even at a word's edge: "caf" of "caf\uFFFD" is no word.
            var pieceOfToken = (isPartOfToken(before) && ((start > 1 && char.IsLetter(text[start - 2])) || before == '\uFFFD'))
                || (isPartOfToken(after) && ((i + 1 < text.Length && char.IsLetter(text[i + 1])) || after == '\uFFFD'));
            if (pieceOfToken || char.IsDigit(before) || char.IsDigit(after))
            {
                continue;
            }

            var splitAfter = DehyphenationPass.TrySplitAt(text, i, out var rightStart, out _);
            if (splits == SplitWords.Skip)
            {
                if (splitAfter || DehyphenationPass.IsSplitBefore(text, start))
                {
                    continue; // whether the parts of a split are words is what de-hyphenation asks
                }
            }
            else if (splitAfter)
            {
                var rightEnd = rightStart;
                while (rightEnd < text.Length && char.IsLetter(text[rightEnd]))
                {
                    rightEnd++;
                }

                if (wanted(i - start + rightEnd - rightStart))
                {
                    words.Add(string.Concat(text.AsSpan(start, i - start), text.AsSpan(rightStart, rightEnd - rightStart)));
                }
            }

            if (wanted(i - start))
            {
                words.Add(text.AsSpan(start, i - start));
            }

            if (splits == SplitWords.Skip && after is '-' or '\u2010' && before is not ('-' or '\u2010'))
            {
                AddCompound(words, text, start, wanted);
            }
        }

        return words;
    }

    // "well-known", "state-of-the-art": letters joined by single hyphens, as written.
    private static void AddCompound(DocumentWords words, string text, int start, Func<int, bool> wanted)
    {
        var end = start;
        while (end < text.Length)
        {
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end + 1 < text.Length && text[end] is '-' or '\u2010' && char.IsLetter(text[end + 1]))
            {
                end++;
                continue;
            }

            break;
        }

        if (wanted(end - start))
        {
            words.Add(text.AsSpan(start, end - start));
        }
    }
}
