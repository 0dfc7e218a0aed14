using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace TextClean.Cli;

/// <summary>
/// Writes a long text value byte for byte as <c>Utf8JsonWriter.WriteString</c> does with
/// <see cref="JsonOutput.Encoder"/>, in bulk. The encoder looks at every non-ASCII character through its
/// table of characters to escape, one at a time, which was a fifth of a <c>fix --jsonl</c> run on
/// typographic news. Here a vectorized scan stops only at characters that are not printable ASCII; the
/// non-ASCII ones the encoder leaves as they are (curly quotes, dashes, letters: a table read once
/// from the encoder itself) stay in the run, and runs are transcoded to UTF-8 in bulk. Line feeds,
/// tabs, carriage returns, quotes and backslashes get the encoder's two-character escapes; a text with
/// anything else to escape (another control, a surrogate pair, a character the encoder escapes) is
/// left to the writer.
/// </summary>
internal static class JsonText
{
    /// <summary>Shorter values go to the writer: the scan's set-up costs more than it saves.</summary>
    private const int MinLength = 64;

    /// <summary>Longer values go to the writer too, which refuses them as it always has (its limit for a
    /// value is a billion bytes of escaped UTF-8 at six bytes a character).</summary>
    private const int MaxLength = 1_000_000_000 / 6;

    // Printable ASCII but the two characters JSON escapes: everything else stops the scan.
    private static readonly SearchValues<char> PlainAscii =
        SearchValues.Create(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not ('"' or '\\')).ToArray());

    // Bit c set: the encoder writes the BMP character c as it is. Surrogates are never set.
    private static readonly ulong[] Verbatim = BuildVerbatim();

    private static ulong[] BuildVerbatim()
    {
        var bits = new ulong[0x10000 / 64];
        for (var c = 0x7F; c <= 0xFFFF; c++)
        {
            if (!char.IsSurrogate((char)c) && !JsonOutput.Encoder.WillEncode(c))
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return bits;
    }

    private static bool IsVerbatim(char c) => (Verbatim[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Writes <c>"name": value</c> as <c>writer.WriteString(name, value)</c> would.</summary>
    public static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string value)
    {
        if (value.Length is < MinLength or > MaxLength)
        {
            writer.WriteString(name, value);
            return;
        }

        // A character is at most 3 bytes of UTF-8 and an escape 2 bytes for 1 character; 2 quotes.
        var buffer = ArrayPool<byte>.Shared.Rent((value.Length * 3) + 2);
        try
        {
            if (TryEncode(value, buffer, out var written))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(buffer.AsSpan(0, written), skipInputValidation: true);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Appends <paramref name="text"/> quoted, as the writer would, when it is printable ASCII
    /// that needs no escape (a date mention's text and value almost always are); false otherwise, and nothing
    /// counts as written.</summary>
    internal static bool TryAppendPlainAscii(ReadOnlySpan<char> text, Span<byte> output, ref int written)
    {
        if (text.Length + 2 > output.Length - written)
        {
            return false;
        }

        // One pass that checks and narrows, eight characters a step (the last step overlapping the one before),
        // or one at a time below eight: the values are too short for a search's set-up to pay.
        var quoted = output.Slice(written, text.Length + 2);
        var narrowed = quoted[1..^1];
        if (text.Length >= Vector128<ushort>.Count)
        {
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref var target = ref MemoryMarshal.GetReference(narrowed);
            var last = (nuint)(text.Length - Vector128<ushort>.Count);
            for (nuint i = 0; ; i += (nuint)Vector128<ushort>.Count)
            {
                i = Math.Min(i, last);
                var chars = Vector128.LoadUnsafe(ref source, i);
                var unprintable = Vector128.GreaterThan(chars - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' ')));
                var escaped = Vector128.Equals(chars, Vector128.Create((ushort)'"')) | Vector128.Equals(chars, Vector128.Create((ushort)'\\'));
                if ((unprintable | escaped) != Vector128<ushort>.Zero)
                {
                    return false;
                }

                Vector128.Narrow(chars, chars).GetLower().StoreUnsafe(ref target, i);
                if (i == last)
                {
                    break;
                }
            }
        }
        else
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c - (uint)' ' > '~' - ' ' || c is '"' or '\\')
                {
                    return false;
                }

                narrowed[i] = (byte)c;
            }
        }

        quoted[0] = (byte)'"';
        quoted[^1] = (byte)'"';
        written += quoted.Length;
        return true;
    }

    /// <summary>Writes <c>"name": value</c>, an unpaired surrogate in the value as its <c>\uXXXX</c> escape, the
    /// way input gives it, where the writer would put U+FFFD: an explanation's "original" is the lone
    /// surrogate the surrogates pass replaced, and "\uFFFD" -> "\uFFFD" said nothing.</summary>
    public static void WriteStringKeepingLoneSurrogates(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string value)
    {
        if (QuoteKeepingLoneSurrogates(value) is { } quoted)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(quoted, skipInputValidation: true);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>The quoted JSON of <paramref name="value"/> with each unpaired surrogate as its escape;
    /// null when it has none.</summary>
    internal static byte[]? QuoteKeepingLoneSurrogates(string value)
    {
        var first = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return null;
        }

        var quoted = new ArrayBufferWriter<byte>(value.Length + 8);
        quoted.Write("\""u8);
        var runStart = 0;
        var lone = false;
        Span<byte> escape = stackalloc byte[6];
        for (var i = first; i < value.Length; i++)
        {
            if (!char.IsSurrogate(value[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++; // a pair: the encoder writes it
                continue;
            }

            quoted.Write(JsonEncodedText.Encode(value.AsSpan(runStart, i - runStart), JsonOutput.Encoder).EncodedUtf8Bytes);
            "\\u"u8.CopyTo(escape);
            System.Buffers.Text.Utf8Formatter.TryFormat((ushort)value[i], escape[2..], out _, new StandardFormat('X', 4));
            quoted.Write(escape);
            runStart = i + 1;
            lone = true;
        }

        if (!lone)
        {
            return null;
        }

        quoted.Write(JsonEncodedText.Encode(value.AsSpan(runStart), JsonOutput.Encoder).EncodedUtf8Bytes);
        quoted.Write("\""u8);
        return quoted.WrittenSpan.ToArray();
    }

    /// <summary>The quoted, escaped UTF-8 of <paramref name="text"/>; false when it holds a character
    /// this class leaves to the writer.</summary>
    internal static bool TryEncode(ReadOnlySpan<char> text, Span<byte> output, out int written)
    {
        written = 0;
        output[written++] = (byte)'"';
        var runStart = 0;
        var i = 0;
        while (true)
        {
            var stop = text[i..].IndexOfAnyExcept(PlainAscii);
            if (stop < 0)
            {
                break;
            }

            i += stop;
            var c = text[i];
            if (c >= 0x7F && IsVerbatim(c))
            {
                i++;
                continue;
            }

            char escaped;
            switch (c)
            {
                case '\n': escaped = 'n'; break;
                case '\t': escaped = 't'; break;
                case '\r': escaped = 'r'; break;
                case '"': escaped = '"'; break;
                case '\\': escaped = '\\'; break;
                default: return false;
            }

            written += Encoding.UTF8.GetBytes(text[runStart..i], output[written..]);
            output[written++] = (byte)'\\';
            output[written++] = (byte)escaped;
            runStart = ++i;
        }

        written += Encoding.UTF8.GetBytes(text[runStart..], output[written..]);
        output[written++] = (byte)'"';
        return true;
    }
}
