using System.Globalization;
using System.Text;

namespace TextClean.Cli;

/// <summary>Reads JSON string values, lone surrogates included. System.Text.Json refuses a string with an
/// unpaired <c>\ud800</c> escape, but scraped text has them and the contract says they arrive that way,
/// so such a string is unescaped here instead, keeping the lone surrogate for the library to repair.</summary>
internal static class JsonStrings
{
    /// <summary>Unescapes a raw JSON string token (with its quotes), keeping unpaired surrogate escapes.</summary>
    internal static string Unescape(string raw)
    {
        var body = raw.AsSpan(1, raw.Length - 2);
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var e = body[++i];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    builder.Append((char)int.Parse(body.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(e); break; // \" \\ \/
            }
        }

        return builder.ToString();
    }
}
