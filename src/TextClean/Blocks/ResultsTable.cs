namespace TextClean.Blocks;

/// <summary>
/// The rows of a ranked table under a sports story or a poll ("1. Verstappen 1:32:05.2", "2. Perez +12.3s",
/// "1 Kyle Busch 5040 5 1 17 27"): a rank, a name, and figures to the end of the line. To the reader they are
/// the story's results, not furniture, though every row is short and nearly without stopwords. A numbered
/// list of headlines ("1. Fed raises rates again as inflation lingers") reads as words and is no row.
/// </summary>
internal static class ResultsTable
{
    /// <summary>A table has at least this many rows in a row, ranked one after another.</summary>
    public const int MinRows = 3;

    private const int MaxRowLength = 160;
    private const int MaxRowWords = 16;
    private const int MaxRank = 999;

    /// <summary>The rank of a table row ("12. Sainz +20.9s" is 12), 0 when <paramref name="block"/> is none.</summary>
    public static int RankOf(ReadOnlySpan<char> block)
    {
        // A row starts with its rank: one comparison turns most blocks away.
        if (block.IsEmpty || block.Length > MaxRowLength || !char.IsAsciiDigit(block[0]))
        {
            return 0;
        }

        var p = 0;
        var rank = 0;
        while (p < block.Length && char.IsAsciiDigit(block[p]) && rank <= MaxRank)
        {
            rank = (rank * 10) + block[p++] - '0';
        }

        if (p < block.Length && block[p] is '.' or ')')
        {
            p++;
        }

        if (rank is 0 or > MaxRank || p >= block.Length || block[p] is not (' ' or '\t'))
        {
            return 0;
        }

        // A name first, then figures: the last word has a digit ("1:32:05.2", "+12.3s", "27") or is a status
        // in capitals ("DNF"); words in lower case are units at most ("+1 lap"), never a sentence's words.
        var words = 0;
        var lowerWords = 0;
        var named = false;
        var lastHasDigit = false;
        var lastInCapitals = false;
        var lastIsUnit = false;
        foreach (var range in block[p..].SplitAny(' ', '\t'))
        {
            var word = block[p..][range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            named |= char.IsUpper(word[0]);
            lowerWords += char.IsLower(word[0]) ? 1 : 0;
            lastIsUnit = lastHasDigit && char.IsLower(word[0]); // "+1 lap", "25 pts"
            lastHasDigit = word.ContainsAnyInRange('0', '9');
            lastInCapitals = word.Length is >= 2 and <= 4 && !word.ContainsAnyExceptInRange('A', 'Z');
        }

        return named && words is >= 2 and <= MaxRowWords && lowerWords <= 1 && (lastHasDigit || lastInCapitals || lastIsUnit) ? rank : 0;
    }

    /// <summary>Whether a row ranked <paramref name="next"/> may follow one ranked <paramref name="previous"/>
    /// in one table: the next place, or a tie.</summary>
    public static bool Follows(int previous, int next) => previous > 0 && (next == previous + 1 || next == previous);
}
