using System.Text;

namespace TextClean.Characters.Mojibake;

/// <summary>
/// One UTF-8 sequence found in text that was misread through a code page: the characters
/// <c>[Start, Start + Length)</c> are the bytes of one UTF-8 character, which they decode to.
/// </summary>
internal readonly record struct Utf8Island(int Start, int Length, Rune Decoded, bool Lossy, bool LostNoBreakSpace)
{
    public int End => Start + Length;

    /// <summary>
    /// Reads the UTF-8 sequence whose lead byte is <c>text[start]</c> read through <paramref name="page"/>.
    /// Beyond strict UTF-8 it accepts what real damage leaves behind:
    /// <list type="bullet">
    /// <item>a space where a 0xA0 continuation byte was (the byte read as NBSP, later turned into a space);</item>
    /// <item>U+FFFD (0x1A) or '?' where a lossy decoder dropped a byte: the sequence then decodes to U+FFFD;</item>
    /// <item>CESU-8: a surrogate pair written as two three-byte sequences (old MySQL and Java do this).</item>
    /// </list>
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, int start, LegacyCodePage page, bool restoreNoBreakSpace, out Utf8Island island)
    {
        island = default;
        var lead = page.ToByte(text[start]);
        if (lead is < 0xC2 or > 0xF4)
        {
            return false;
        }

        if (!TryReadSequence(text, start, lead, page, restoreNoBreakSpace, out var length, out var value, out var lossy, out var lostSpace))
        {
            return false;
        }

        if (!lossy && value is >= 0xD800 and <= 0xDBFF)
        {
            // CESU-8: the high surrogate must be followed by a three-byte low surrogate.
            var next = start + length;
            if (next >= text.Length || page.ToByte(text[next]) != 0xED
                || !TryReadSequence(text, next, 0xED, page, restoreNoBreakSpace, out var lowLength, out var low, out var lowLossy, out var lowSpace)
                || lowLossy || low is < 0xDC00 or > 0xDFFF)
            {
                return false;
            }

            island = new Utf8Island(start, length + lowLength, new Rune((char)value, (char)low), false, lostSpace || lowSpace);
            return true;
        }

        if (!lossy && value is >= 0xDC00 and <= 0xDFFF)
        {
            return false;
        }

        island = new Utf8Island(start, length, lossy ? Rune.ReplacementChar : new Rune(value), lossy, lostSpace);
        return true;
    }

    private static bool TryReadSequence(ReadOnlySpan<char> text, int start, int lead, LegacyCodePage page, bool restoreNoBreakSpace,
        out int length, out int value, out bool lossy, out bool lostSpace)
    {
        var continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        value = lead & (0x7F >> (continuations + 1));
        lossy = false;
        lostSpace = false;
        length = 0;
        var realContinuations = 0;
        var position = start + 1;
        for (var k = 1; k <= continuations; k++, position++)
        {
            // Invisible characters inside a sequence are looked through (and dropped with it); the soft
            // hyphen is not one of them here: it is also Windows-1252's byte 0xAD.
            while (position < text.Length && text[position] != '\u00AD' && LegacyCodePages.IsTransparent(text[position]))
            {
                position++;
            }

            if (position >= text.Length)
            {
                return false;
            }

            var c = text[position];
            var b = page.ToByte(c);
            var (low, high) = AllowedRange(lead, k);
            if (b >= low && b <= high)
            {
                // Windows-1252's undefined bytes read as C1 controls are weak evidence of a byte.
                realContinuations += c is '\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D' ? 0 : 1;
            }
            else if (b == LegacyCodePage.LostByte)
            {
                lossy = true;
            }
            else if (c == '?' && (continuations > 1 || lead is 0xC2 or 0xC3))
            {
                lossy = true;
            }
            else if (c == ' ' && restoreNoBreakSpace && 0xA0 >= low && 0xA0 <= high && !lostSpace
                && (continuations == 1 ? MayLoseNoBreakSpace(lead) : lead is (>= 0xE0 and <= 0xE3) or 0xF0))
            {
                // A lost 0xA0 byte: the NBSP it was read as became a space. At most one per sequence.
                b = 0xA0;
                lostSpace = true;
            }
            else
            {
                return false;
            }

            value = (value << 6) | (b & 0x3F);
        }

        // A '?' or U+FFFD is ordinary text; take it for a lost byte of a longer sequence only next to real
        // continuation bytes.
        if (lossy && realContinuations == 0 && continuations > 1)
        {
            return false;
        }

        length = position - start;
        return true;
    }

    /// <summary>Two-byte leads whose 0xA0 continuation is commonly lost in practice (ftfy's list): NBSP, à,
    /// Š, Π, Р, נ and ٠. Other two-byte characters ending in 0xA0 are too rare to guess a space away for;
    /// longer sequences lose it only in punctuation, symbols, kana and emoji (leads 0xE0..0xE3, 0xF0).</summary>
    public static bool MayLoseNoBreakSpace(int lead) => lead is 0xC2 or 0xC3 or 0xC5 or 0xCE or 0xD0 or 0xD7 or 0xD9;

    /// <summary>The bytes UTF-8 allows as the k-th continuation after <paramref name="lead"/> (no overlongs,
    /// nothing above U+10FFFF; surrogates are allowed here and paired by the caller).</summary>
    private static (int Low, int High) AllowedRange(int lead, int k) => (lead, k) switch
    {
        (0xE0, 1) => (0xA0, 0xBF),
        (0xF0, 1) => (0x90, 0xBF),
        (0xF4, 1) => (0x80, 0x8F),
        _ => (0x80, 0xBF),
    };
}
