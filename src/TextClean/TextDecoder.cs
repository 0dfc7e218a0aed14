using System.Text;
using System.Text.Unicode;
using TextClean.Internal;

namespace TextClean;

/// <summary>
/// Bytes to text, for input that arrives as a file: a byte-order mark wins; otherwise valid UTF-8 is
/// UTF-8; otherwise the bytes are judged. Text that is mostly UTF-8 with a few broken sequences keeps
/// its UTF-8 reading (broken sequences become U+FFFD); text with no valid multi-byte sequence at all is
/// a legacy single-byte file and is read as Windows-1252. Never throws on bad bytes.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text of <paramref name="bytes"/>: by its byte-order mark (UTF-8, UTF-16 LE or BE), else as
    /// UTF-8 when it is valid or mostly so, else as Windows-1252. Never throws; empty input gives "".</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8Lenient.GetString(bytes[3..]);
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
    /// UTF-8 when it is valid or mostly so (a broken sequence becomes U+FFFD), else Windows-1252, as
    /// <see cref="Decode"/> judges a file. Never throws.</summary>
    public static string DecodeWithoutByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var (validMultiByte, invalid) = CountUtf8Sequences(bytes);
        return validMultiByte >= invalid ? Utf8Lenient.GetString(bytes) : Windows1252.Decode(bytes);
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and the bytes that start no valid sequence.</summary>
    private static (int ValidMultiByte, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return (valid, invalid);
    }
}
