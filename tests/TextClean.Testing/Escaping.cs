using System.Globalization;
using System.Text;

namespace TextClean.Testing;

/// <summary>
/// A readable, exact and safe spelling of any string, lone surrogates included: printable characters stay
/// as they are; a backslash is <c>\\</c>; \n \r \t are spelt so; every other control, format, separator,
/// private-use, unassigned or surrogate code unit, variation selectors, U+034F and U+FFFD are <c>\uXXXX</c>. Nothing invisible or
/// direction-changing is ever shown raw, so a counterexample or regression file cannot hide its content.
/// </summary>
public static class Escaping
{
    public static string Escape(string text, bool breakLinesAfterNewline = false)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    if (breakLinesAfterNewline)
                    {
                        builder.Append('\n');
                    }

                    break;
                case '\r':
                    builder.Append(@"\r");
                    break;
                case '\t':
                    builder.Append(@"\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        // A well-formed pair: show it when the character it makes is visible.
                        if (IsShown(CharUnicodeInfo.GetUnicodeCategory(text, i)))
                        {
                            builder.Append(c).Append(text[i + 1]);
                        }
                        else
                        {
                            builder.Append(Code(c)).Append(Code(text[i + 1]));
                        }

                        i++;
                    }
                    else if (c == ' ' || (c != '\uFFFD' && !IsInvisibleMark(c) && IsShown(CharUnicodeInfo.GetUnicodeCategory(c))))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append(Code(c));
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The inverse of <see cref="Escape"/>. With <paramref name="ignoreRawLineBreaks"/>, real line
    /// breaks are layout only (regression files break lines after each <c>\n</c> for reading).</summary>
    public static string Unescape(string escaped, bool ignoreRawLineBreaks = false)
    {
        var builder = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (ignoreRawLineBreaks && c is '\n' or '\r')
            {
                continue;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i + 1 >= escaped.Length)
            {
                throw new FormatException("The text ends in a lone backslash.");
            }

            var kind = escaped[++i];
            switch (kind)
            {
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < escaped.Length
                    && ushort.TryParse(escaped.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw new FormatException($"Unknown escape '\\{kind}' at offset {i - 1}.");
            }
        }

        return builder.ToString();
    }

    private static string Code(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>Marks that draw nothing: variation selectors and the combining grapheme joiner.</summary>
    private static bool IsInvisibleMark(char c) => c is (>= '\uFE00' and <= '\uFE0F') or '\u034F';

    private static bool IsShown(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
