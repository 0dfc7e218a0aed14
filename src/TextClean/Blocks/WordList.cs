using System.Runtime.CompilerServices;

namespace TextClean.Blocks;

/// <summary>
/// A word looked up in a short list of words in any case (<see cref="StringComparison.OrdinalIgnoreCase"/>:
/// "Standings" is "standings"). The block passes ask such lists of every word of every short block, so the
/// length and an ASCII first letter turn away nearly every candidate before the comparison proper; the answer
/// is the comparison's.
/// </summary>
internal static class WordList
{
    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/> in any case.</summary>
    public static bool Contains(ReadOnlySpan<string> words, ReadOnlySpan<char> word)
    {
        var first = word.IsEmpty ? '\0' : AsciiLower(word[0]);
        foreach (var candidate in words)
        {
            // No case pair of UTF-16 units differs in length; first characters beyond ASCII go to the comparison.
            if (candidate.Length == word.Length && (word.IsEmpty || first >= 0x80 || candidate[0] >= 0x80 || AsciiLower(candidate[0]) == first)
                && word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>False only when the first characters of <paramref name="a"/> and <paramref name="b"/>, both not
    /// empty, cannot be equal in any case: both ASCII and different beyond case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FirstMayMatch(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a[0] >= 0x80 || b[0] >= 0x80 || AsciiLower(a[0]) == AsciiLower(b[0]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
}
