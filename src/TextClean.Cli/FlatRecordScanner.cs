using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;
using System.Text.Unicode;

namespace TextClean.Cli;

/// <summary>
/// The fast way through the usual record: one flat JSON object whose values are strings, numbers, true,
/// false or null. Utf8JsonReader checks an escaped string byte by byte, which made it the costliest part
/// of reading a record (the text is always escaped: it has line breaks); here strings are scanned with a
/// vectorized search from one quote, backslash or control byte to the next. The scanner only vouches
/// for what it fully checks, by the JSON grammar and as strictly as Utf8JsonReader: anything else (nested
/// values, escaped names, any error) makes it give up, and the reader takes the line, so that what is
/// accepted and every error message stay the reader's.
/// </summary>
internal static class FlatRecordScanner
{
    // What ends a run of plain string content: the closing quote, an escape, or a control byte, which must be escaped.
    private static readonly SearchValues<byte> StringSpecials = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static readonly SearchValues<byte> Hex = SearchValues.Create("0123456789abcdefABCDEF"u8);

    /// <summary>The positions of the record's fields, or false when the line is not a flat object that
    /// this scanner can vouch for (which does not mean it is invalid).</summary>
    public static bool TryScan(ReadOnlySpan<byte> line, out JsonlRecord.RawValue id, out JsonlRecord.RawValue text,
        out JsonlRecord.RawValue referenceDate)
    {
        id = text = referenceDate = default;
        var i = SkipWhitespace(line, 0);
        if (i >= line.Length || line[i] != (byte)'{')
        {
            return false;
        }

        i = SkipWhitespace(line, i + 1);
        if (i < line.Length && line[i] == (byte)'}')
        {
            return SkipWhitespace(line, i + 1) == line.Length;
        }

        while (true)
        {
            var nameStart = i;
            if (!TryString(line, ref i, out var nameEscaped) || nameEscaped)
            {
                return false;
            }

            var name = line[(nameStart + 1)..(i - 1)];
            i = SkipWhitespace(line, i);
            if (i >= line.Length || line[i] != (byte)':')
            {
                return false;
            }

            i = SkipWhitespace(line, i + 1);
            var valueStart = i;
            if (!TryScalar(line, ref i, out var type, out var escaped))
            {
                return false;
            }

            var value = new JsonlRecord.RawValue(type, valueStart, i - valueStart, escaped);
            if (name.SequenceEqual("text"u8))
            {
                text = value;
            }
            else if (name.SequenceEqual("id"u8))
            {
                id = value;
            }
            else if (name.SequenceEqual("reference_date"u8))
            {
                referenceDate = value;
            }

            i = SkipWhitespace(line, i);
            if (i >= line.Length)
            {
                return false;
            }

            if (line[i] == (byte)'}')
            {
                return SkipWhitespace(line, i + 1) == line.Length;
            }

            if (line[i] != (byte)',')
            {
                return false;
            }

            i = SkipWhitespace(line, i + 1);
        }
    }

    private static bool TryScalar(ReadOnlySpan<byte> line, ref int i, out JsonTokenType type, out bool escaped)
    {
        escaped = false;
        type = JsonTokenType.None;
        if (i >= line.Length)
        {
            return false;
        }

        switch (line[i])
        {
            case (byte)'"':
                type = JsonTokenType.String;
                return TryString(line, ref i, out escaped);
            case (byte)'t':
                type = JsonTokenType.True;
                return TryLiteral(line, ref i, "true"u8);
            case (byte)'f':
                type = JsonTokenType.False;
                return TryLiteral(line, ref i, "false"u8);
            case (byte)'n':
                type = JsonTokenType.Null;
                return TryLiteral(line, ref i, "null"u8);
            default:
                type = JsonTokenType.Number;
                return TryNumber(line, ref i);
        }
    }

    /// <summary>A string token from its opening quote at <paramref name="i"/>; <paramref name="i"/> ends past the closing quote.</summary>
    private static bool TryString(ReadOnlySpan<byte> line, ref int i, out bool escaped)
    {
        escaped = false;
        if (i >= line.Length || line[i] != (byte)'"')
        {
            return false;
        }

        var bodyStart = i + 1;
        var at = bodyStart;
        while (true)
        {
            at = NextStringSpecial(line, at);
            if (at < 0)
            {
                return false;
            }

            if (line[at] == (byte)'"')
            {
                break;
            }

            if (line[at] != (byte)'\\' || !TryEscape(line, ref at))
            {
                return false; // an unescaped control byte or a bad escape
            }

            escaped = true;
        }

        // Utf8JsonReader checks the UTF-8 of an escaped string; a plain one is checked too, so that this
        // scanner vouches only for what the reader would surely take.
        if (!Utf8.IsValid(line[bodyStart..at]))
        {
            return false;
        }

        i = at + 1;
        return true;
    }

    /// <summary>The first quote, backslash or control byte from <paramref name="at"/>, or -1. News text has an
    /// escape every line or two, so the search is inline, a vector at a time: the library's search costs a
    /// call and its set-up each time, which came to more than the scanning.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextStringSpecial(ReadOnlySpan<byte> line, int at)
    {
        ref var first = ref MemoryMarshal.GetReference(line);
        if (Vector256.IsHardwareAccelerated)
        {
            while (at <= line.Length - Vector256<byte>.Count)
            {
                var bytes = Vector256.LoadUnsafe(ref first, (nuint)at);
                var specials = Vector256.Equals(bytes, Vector256.Create((byte)'"')) |
                               Vector256.Equals(bytes, Vector256.Create((byte)'\\')) |
                               Vector256.LessThan(bytes, Vector256.Create((byte)0x20));
                var mask = specials.ExtractMostSignificantBits();
                if (mask != 0)
                {
                    return at + BitOperations.TrailingZeroCount(mask);
                }

                at += Vector256<byte>.Count;
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            while (at <= line.Length - Vector128<byte>.Count)
            {
                var bytes = Vector128.LoadUnsafe(ref first, (nuint)at);
                var specials = Vector128.Equals(bytes, Vector128.Create((byte)'"')) |
                               Vector128.Equals(bytes, Vector128.Create((byte)'\\')) |
                               Vector128.LessThan(bytes, Vector128.Create((byte)0x20));
                var mask = specials.ExtractMostSignificantBits();
                if (mask != 0)
                {
                    return at + BitOperations.TrailingZeroCount(mask);
                }

                at += Vector128<byte>.Count;
            }
        }

        var next = line[at..].IndexOfAny(StringSpecials);
        return next < 0 ? -1 : at + next;
    }

    /// <summary>An escape at the backslash at <paramref name="at"/>; <paramref name="at"/> ends past it.</summary>
    private static bool TryEscape(ReadOnlySpan<byte> line, ref int at)
    {
        if (at + 1 >= line.Length)
        {
            return false;
        }

        switch (line[at + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                at += 2;
                return true;
            case (byte)'u' when at + 6 <= line.Length && !line.Slice(at + 2, 4).ContainsAnyExcept(Hex):
                at += 6;
                return true;
            default:
                return false;
        }
    }

    private static bool TryLiteral(ReadOnlySpan<byte> line, ref int i, ReadOnlySpan<byte> literal)
    {
        if (!line[i..].StartsWith(literal))
        {
            return false;
        }

        i += literal.Length;
        return EndsValue(line, i);
    }

    /// <summary>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, then a delimiter.</summary>
    private static bool TryNumber(ReadOnlySpan<byte> line, ref int i)
    {
        var at = i;
        if (At(line, at) == (byte)'-')
        {
            at++;
        }

        if (At(line, at) == (byte)'0')
        {
            at++;
        }
        else if (!Digits(line, ref at))
        {
            return false;
        }

        if (At(line, at) == (byte)'.')
        {
            at++;
            if (!Digits(line, ref at))
            {
                return false;
            }
        }

        if (At(line, at) is (byte)'e' or (byte)'E')
        {
            at++;
            if (At(line, at) is (byte)'+' or (byte)'-')
            {
                at++;
            }

            if (!Digits(line, ref at))
            {
                return false;
            }
        }

        i = at;
        return EndsValue(line, at);
    }

    private static bool Digits(ReadOnlySpan<byte> line, ref int at)
    {
        var start = at;
        while (At(line, at) is >= (byte)'0' and <= (byte)'9')
        {
            at++;
        }

        return at > start;
    }

    /// <summary>A number or literal must be followed by whitespace, a comma or the closing brace (or the
    /// end, which the object then lacks and refuses).</summary>
    private static bool EndsValue(ReadOnlySpan<byte> line, int at) =>
        at >= line.Length || line[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)'}';

    private static int At(ReadOnlySpan<byte> line, int at) => at < line.Length ? line[at] : -1;

    private static int SkipWhitespace(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }
}
