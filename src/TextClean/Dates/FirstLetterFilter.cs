using System.Runtime.CompilerServices;

namespace TextClean.Dates;

/// <summary>
/// For each length, a bit per first letter some word of a closed set has (ASCII case folded): a token most sets do not
/// hold fails on one table read, before any word is compared or hashed. It only rejects; what passes is then looked up.
/// </summary>
internal sealed class FirstLetterFilter
{
    /// <summary>The bit of a first character that is no ASCII letter: such words are rare, and always looked up.</summary>
    private const uint OtherFirstCharacter = 1u << 31;

    /// <summary>Index: a word's length; bits: its first letter, a = bit 0. One longer than the longest word, so a longer
    /// token fails on its length alone.</summary>
    private readonly uint[] _firstCharactersByLength;

    /// <param name="words">Non-empty ASCII words: the table folds ASCII case only, so a non-ASCII word could equal,
    /// ignoring case, a token it rejects.</param>
    public FirstLetterFilter(IEnumerable<string> words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            if (word.Length == 0 || !System.Text.Ascii.IsValid(word))
            {
                throw new ArgumentException($"a word of a closed set must be non-empty ASCII: \"{word}\"", nameof(words));
            }

            longest = Math.Max(longest, word.Length);
        }

        _firstCharactersByLength = new uint[longest + 1];
        foreach (var word in words)
        {
            _firstCharactersByLength[word.Length] |= FirstCharacterBit(word[0]);
        }
    }

    /// <summary>False when no word of the set can equal <paramref name="text"/> ignoring case; true when one may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> text)
    {
        var table = _firstCharactersByLength;
        if ((uint)text.Length >= (uint)table.Length || text.IsEmpty)
        {
            return false;
        }

        // a non-ASCII first character may still equal an ASCII one ignoring case: it is always looked up
        var first = text[0];
        return first >= 0x80 || (table[text.Length] & FirstCharacterBit(first)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FirstCharacterBit(char c)
    {
        var letter = (uint)((c | 0x20) - 'a');
        return letter < 26 ? 1u << (int)letter : OtherFirstCharacter;
    }
}
