using System.Text;
using System.Text.Unicode;
using TextClean.Internal;

namespace TextClean;

/// <summary>
/// Bytes to text, for input that arrives as a file: a byte-order mark wins; otherwise valid UTF-8 is
/// UTF-8; otherwise the bytes are judged. Text whose stray bytes far outnumber its UTF-8 is a legacy
/// single-byte file and is read as Windows-1252 throughout; other text is read piece by piece, its UTF-8 as
/// UTF-8 and every other byte as Windows-1252 (a stray Latin-1 "é" in UTF-8 text is "é", neither U+FFFD nor a
/// reason to read the UTF-8 around it as mojibake). Never throws on bad bytes; every byte is read as some
/// character, so nothing is lost.
/// </summary>
public static class TextDecoder
{
    // Replacement fallback (not throwOnInvalidCharacters): a bad code unit is U+FFFD, never an exception.
    private static readonly UTF32Encoding Utf32LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false);
    private static readonly UTF32Encoding Utf32BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false);

    /// <summary>The text of <paramref name="bytes"/>: by its byte-order mark (UTF-8, UTF-16 or UTF-32, LE or BE), else
    /// as UTF-8 and Windows-1252 as <see cref="DecodeWithoutByteOrderMark"/> reads them. Never throws; empty input gives "".
    /// A code unit no character has (an unpaired surrogate, a UTF-32 value past U+10FFFF, a last unit cut short) is U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // The mark says UTF-8: a stray byte in it is read as Windows-1252, not lost to U+FFFD.
            var text = bytes[3..];
            return Utf8.IsValid(text) ? Encoding.UTF8.GetString(text) : DecodeMixed(text);
        }

        // UTF-32 LE's mark begins with UTF-16 LE's, so it is looked for first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Utf32LittleEndian.GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Utf32BigEndian.GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return DecodeWithoutByteOrderMark(bytes);
    }

    /// <summary>The text of bytes that carry no byte-order mark, such as a field of a JSON, CSV or WARC record:
    /// valid UTF-8 as UTF-8; bytes whose stray bytes far outnumber their few valid multi-byte UTF-8 sequences
    /// (pairs a legacy file holds by chance) as Windows-1252 throughout, a legacy file's; and bytes that mix
    /// the two (a page pieced together from sources in both encodings) piece by piece: each valid UTF-8
    /// sequence as UTF-8, each other byte as Windows-1252, so that neither reading turns the other's
    /// characters into mojibake or U+FFFD. Never throws.</summary>
    public static string DecodeWithoutByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var (multiByteBytes, strayBytes) = CountUtf8Evidence(bytes);
        return strayBytes > (long)LegacyDominance * multiByteBytes ? Windows1252.Decode(bytes) : DecodeMixed(bytes);
    }

    /// <summary>
    /// How many stray bytes (starting no valid UTF-8 sequence) per byte of valid multi-byte UTF-8 make the text a
    /// legacy file throughout. A legacy file holds UTF-8 pairs by chance, an uppercase accented or Cyrillic letter
    /// before a byte of punctuation ("ГАЗПРОМ»" in Windows-1251, "Gruß“" or "CAFÉ’S" in Windows-1252), and
    /// reading those as UTF-8 would put one stray Greek, Cyrillic or N'Ko letter in place of two real characters;
    /// a stray byte or a Latin-1 word in UTF-8 text is outnumbered by the UTF-8 around it.
    /// </summary>
    private const int LegacyDominance = 4;

    /// <summary>Bytes in valid multi-byte UTF-8 sequences, and bytes that start no valid sequence.</summary>
    private static (int MultiByteBytes, int StrayBytes) CountUtf8Evidence(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, stray = 0;
        while (bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) is var nonAscii and >= 0)
        {
            bytes = bytes[nonAscii..];
            if (System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                multiByte += consumed;
                bytes = bytes[consumed..];
            }
            else
            {
                stray++; // one byte at a time, as DecodeMixed reads it
                bytes = bytes[1..];
            }
        }

        return (multiByte, stray);
    }

    /// <summary>Valid UTF-8 runs transcoded in bulk; every byte between them one Windows-1252 character.</summary>
    private static string DecodeMixed(ReadOnlySpan<byte> bytes)
    {
        // Neither reading makes more UTF-16 code units than it reads bytes.
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(bytes.Length);
        var written = 0;
        while (true)
        {
            Utf8.ToUtf16(bytes, chars.AsSpan(written), out var read, out var wrote, replaceInvalidSequences: false);
            written += wrote;
            bytes = bytes[read..];
            if (bytes.IsEmpty)
            {
                break;
            }

            chars[written++] = Windows1252.ToChar(bytes[0]); // the byte ToUtf16 stopped at starts no valid sequence
            bytes = bytes[1..];
        }

        var text = new string(chars, 0, written);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
        return text;
    }
}
