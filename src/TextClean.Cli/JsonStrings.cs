using System.Buffers;
using System.Buffers.Text;
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
    internal static int UnescapeInto(ReadOnlySpan<byte> body, Span<char> output)
    {
        var written = 0;
        while (true)
        {
            var escape = body.IndexOf((byte)'\\');
            var run = escape < 0 ? body : body[..escape];
            // Invalid UTF-8 (which the reader should have refused) becomes U+FFFD rather than an exception.
            Utf8.ToUtf16(run, output[written..], out _, out var runChars, replaceInvalidSequences: true);
            written += runChars;
            if (escape < 0)
            {
                return written;
            }

            body = body[(escape + 1)..];
            output[written++] = body.IsEmpty ? '\\' : Unescaped(ref body);
        }
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
