namespace TextClean.Internal;

/// <summary>Windows-1252, the "sloppy" way web browsers and ftfy read it: the five bytes 1252 leaves
/// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, so every byte
/// has a character and the mapping is reversible.</summary>
internal static class Windows1252
{
    /// <summary>Characters for bytes 0x80..0x9F; every other byte maps to the code point of its value.</summary>
    public static ReadOnlySpan<char> HighControlRange =>
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static char ToChar(byte b) => b is >= 0x80 and <= 0x9F ? HighControlRange[b - 0x80] : (char)b;

    /// <summary>Decodes every byte to one character; never fails.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = ToChar(source[i]);
            }
        });
    }
}
