using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TextClean.Testing;
using TextClean.Testing.Regressions;
using TextClean.Testing.Text;

namespace TextClean.Fuzz;

/// <summary>Where fuzzing starts: the seed articles, every string literal in the unit tests (each pass's
/// examples are exactly the inputs that reach its interesting branches), the regression files, and a few
/// generated articles.</summary>
internal static class SeedCorpus
{
    public static List<string> Load(Random random)
    {
        var corpus = new List<string>(RepoPaths.SeedTexts());
        if (RepoPaths.Root is { } root)
        {
            var tests = Path.Combine(root, "tests", "TextClean.Tests");
            if (Directory.Exists(tests))
            {
                foreach (var file in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    corpus.AddRange(StringLiterals(File.ReadAllText(file)).Where(s => s.Length >= 2));
                }
            }
        }

        if (RepoPaths.Regressions is { } regressions)
        {
            foreach (var file in RegressionFile.All(regressions))
            {
                corpus.Add(RegressionFile.Read(file).Input);
            }
        }

        for (var i = 0; i < 64; i++)
        {
            corpus.Add(ScrapedText.Join(ScrapedText.Document(random, random.Next(10, 100))));
        }

        return [.. corpus.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The values of C# string literals in <paramref name="source"/>: regular ones unescaped,
    /// verbatim ones as written and, when they hold escapes (tests write lone surrogates that way), unescaped too.</summary>
    internal static IEnumerable<string> StringLiterals(string source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                i = source.IndexOf('\n', i) is var end and >= 0 ? end : source.Length;
            }
            else if (c == '\'')
            {
                i = SkipCharLiteral(source, i);
            }
            else if (c == '"' && source.AsSpan(i).StartsWith("\"\"\""))
            {
                var end = source.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 2;
            }
            else if (c == '"')
            {
                var verbatim = i > 0 && (source[i - 1] == '@' || (i > 1 && source[i - 2] == '@'));
                var (value, end) = verbatim ? ReadVerbatim(source, i + 1) : ReadRegular(source, i + 1);
                i = end;
                yield return value;
                if (verbatim && value.Contains('\\', StringComparison.Ordinal) && TryRegexUnescape(value) is { } unescaped)
                {
                    yield return unescaped;
                }
            }
        }
    }

    private static string? TryRegexUnescape(string value)
    {
        try
        {
            return Regex.Unescape(value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int SkipCharLiteral(string s, int i)
    {
        var end = s.IndexOf('\'', i + (i + 1 < s.Length && s[i + 1] == '\\' ? 3 : 2));
        return end < 0 || end - i > 12 ? i : end;
    }

    private static (string Value, int End) ReadVerbatim(string s, int i)
    {
        var builder = new StringBuilder();
        for (; i < s.Length; i++)
        {
            if (s[i] == '"')
            {
                if (i + 1 < s.Length && s[i + 1] == '"')
                {
                    builder.Append('"');
                    i++;
                    continue;
                }

                return (builder.ToString(), i);
            }

            builder.Append(s[i]);
        }

        return (builder.ToString(), s.Length);
    }

    private static (string Value, int End) ReadRegular(string s, int i)
    {
        var builder = new StringBuilder();
        for (; i < s.Length && s[i] != '"' && s[i] != '\n'; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                builder.Append(s[i]);
                continue;
            }

            var kind = s[++i];
            switch (kind)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case '0': builder.Append('\0'); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case 'e': builder.Append('\u001B'); break;
                case 'u' when i + 4 < s.Length && ushort.TryParse(s.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var u):
                    builder.Append((char)u);
                    i += 4;
                    break;
                case 'U' when i + 8 < s.Length && int.TryParse(s.AsSpan(i + 1, 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp) && cp <= 0x10FFFF:
                    builder.Append(char.ConvertFromUtf32(cp is >= 0xD800 and <= 0xDFFF ? 0xFFFD : cp));
                    i += 8;
                    break;
                case 'x':
                    var digits = 0;
                    while (digits < 4 && i + 1 + digits < s.Length && char.IsAsciiHexDigit(s[i + 1 + digits]))
                    {
                        digits++;
                    }

                    builder.Append(digits == 0 ? 'x' : (char)int.Parse(s.AsSpan(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += digits;
                    break;
                default: builder.Append(kind); break;
            }
        }

        return (builder.ToString(), i);
    }
}
