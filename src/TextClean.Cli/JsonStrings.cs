using System.Buffers;
using System.Buffers.Text;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;

namespace TextClean.Cli;

/// <summary>Reads JSON string values, lone surrogates included. System.Text.Json refuses a string with an
/// unpaired <c>\ud800</c> escape, but scraped text has them and the contract says they arrive that way, so
/// escaped strings are unescaped here, keeping a lone surrogate for the library to repair. It is also the
/// fast way: runs between escapes are transcoded in bulk, where Utf8JsonReader.GetString would check the
/// whole string a second time.</summary>
internal static class JsonStrings
{
    /// <summary>The value of a string token's body (the bytes between its quotes), which a
    /// <c>Utf8JsonReader</c> has already read: its escapes are well formed and its UTF-8 is valid.</summary>
    internal static string Unescape(ReadOnlySpan<byte> body)
    {
        // A UTF-8 byte or an escape never gives more UTF-16 code units than it has bytes.
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            return new string(rented, 0, UnescapeInto(body, rented));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the value of a string token's body (as for <see cref="Unescape"/>) into
    /// <paramref name="output"/>, which holds at least as many characters as the body has bytes (no UTF-8
    /// byte or escape gives more); returns the number of characters written.</summary>
    /// <remarks>News text is mostly ASCII with an escape every line or two ("\n", "\""): ASCII is widened
    /// a vector (32 or 16 bytes) at a time until a backslash or a non-ASCII byte, an escape is decoded where it stands, and
    /// only a run of other UTF-8 goes to the transcoder. A call to the transcoder and a search per escape had
    /// cost more than widening the text.</remarks>
    internal static int UnescapeInto(ReadOnlySpan<byte> body, Span<char> output)
    {
        if (output.Length < body.Length)
        {
            throw new ArgumentException("the output is shorter than the body", nameof(output));
        }

        var read = 0;
        var written = 0;
        while (true)
        {
            read = WidenPlainAscii(body, output, read, ref written);
            if (read >= body.Length)
            {
                return written;
            }

            var b = body[read];
            if (b == (byte)'\\')
            {
                var rest = body[(read + 1)..];
                output[written++] = rest.IsEmpty ? '\\' : Unescaped(ref rest);
                read = body.Length - rest.Length;
            }
            else if (b < 0x80)
            {
                output[written++] = (char)b; // the tail, shorter than a vector
                read++;
            }
            else
            {
                // Other UTF-8 up to the next escape (a backslash never falls inside a character). Invalid UTF-8
                // (which the reader should have refused) becomes U+FFFD rather than an exception.
                var rest = body[read..];
                var escape = rest.IndexOf((byte)'\\');
                var run = escape < 0 ? rest : rest[..escape];
                Utf8.ToUtf16(run, output[written..], out _, out var runChars, replaceInvalidSequences: true);
                written += runChars;
                read += run.Length;
            }
        }
    }

    /// <summary>Widens the plain ASCII from <paramref name="read"/>, a vector at a time, up to a backslash, a
    /// non-ASCII byte or the last sixteen bytes; returns where it stopped. Each block is stored whole before it
    /// is tested, which is safe because <paramref name="written"/> never passes <paramref name="read"/> and the
    /// output is as long as the body.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WidenPlainAscii(ReadOnlySpan<byte> body, Span<char> output, int read, ref int written)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return read;
        }

        ref var source = ref MemoryMarshal.GetReference(body);
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(output));
        var at = written;
        if (Vector256.IsHardwareAccelerated)
        {
            while (read <= body.Length - Vector256<byte>.Count)
            {
                var bytes = Vector256.LoadUnsafe(ref source, (nuint)read);
                var (low, high) = Vector256.Widen(bytes);
                low.StoreUnsafe(ref target, (nuint)at);
                high.StoreUnsafe(ref target, (nuint)(at + Vector256<ushort>.Count));
                var stops = bytes.ExtractMostSignificantBits() | Vector256.Equals(bytes, Vector256.Create((byte)'\\')).ExtractMostSignificantBits();
                if (stops != 0)
                {
                    var plain = BitOperations.TrailingZeroCount(stops);
                    written = at + plain;
                    return read + plain;
                }

                read += Vector256<byte>.Count;
                at += Vector256<byte>.Count;
            }
        }

        while (read <= body.Length - Vector128<byte>.Count)
        {
            var bytes = Vector128.LoadUnsafe(ref source, (nuint)read);
            var (low, high) = Vector128.Widen(bytes);
            low.StoreUnsafe(ref target, (nuint)at);
            high.StoreUnsafe(ref target, (nuint)(at + Vector128<ushort>.Count));
            var stops = bytes.ExtractMostSignificantBits() | Vector128.Equals(bytes, Vector128.Create((byte)'\\')).ExtractMostSignificantBits();
            if (stops != 0)
            {
                var plain = BitOperations.TrailingZeroCount(stops);
                written = at + plain;
                return read + plain;
            }

            read += Vector128<byte>.Count;
            at += Vector128<byte>.Count;
        }

        written = at;
        return read;
    }

    /// <summary>The character an escape stands for; <paramref name="rest"/> starts after the backslash
    /// and is moved past the escape.</summary>
    private static char Unescaped(ref ReadOnlySpan<byte> rest)
    {
        var kind = rest[0];
        if (kind == (byte)'u' && rest.Length >= 5 && Utf8Parser.TryParse(rest.Slice(1, 4), out ushort code, out var used, 'x') && used == 4)
        {
            rest = rest[5..];
            return (char)code; // an unpaired surrogate is kept as it is
        }

        rest = rest[1..];
        return kind switch
        {
            (byte)'n' => '\n',
            (byte)'r' => '\r',
            (byte)'t' => '\t',
            (byte)'b' => '\b',
            (byte)'f' => '\f',
            _ => (char)kind, // \" \\ \/
        };
    }
}
