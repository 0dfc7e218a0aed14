using System.Globalization;
using System.Text;
using TextClean.Testing.Invariants;

namespace TextClean.Testing.Regressions;

/// <summary>
/// One failing input kept forever in tests/regressions/, written by the fuzz driver (or by hand) and
/// replayed by the unit tests. The file is text a reviewer can read: a few <c>#</c> lines saying what
/// broke, a <c>----</c> line, then the input spelt with <see cref="Escaping"/> (exact, lone surrogates
/// and invisible characters included; raw line breaks are layout only).
/// </summary>
public sealed record RegressionFile(string Input, IReadOnlyList<string> Notes)
{
    public const string Separator = "----";

    /// <summary>A slow input: replay also holds every target to <see cref="SlowInputBudget"/>.</summary>
    public const string SlowPrefix = "slow-";

    public static TimeSpan SlowInputBudget { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The target it failed on, from the first note ("idempotence on chain [a, b] quotes=..."), or null.</summary>
    public string? Target =>
        Notes.Count > 0 && Notes[0].IndexOf(" on ", StringComparison.Ordinal) is var at and >= 0 ? Notes[0][(at + 4)..] : null;

    public static RegressionFile Read(string path)
    {
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        var separator = Array.FindIndex(lines, l => l.TrimEnd('\r') == Separator);
        if (separator < 0)
        {
            throw new FormatException($"{path}: no '{Separator}' line before the input.");
        }

        var notes = lines[..separator].Select(l => l.TrimEnd('\r').TrimStart('#').Trim()).ToArray();
        var input = Escaping.Unescape(string.Join('\n', lines[(separator + 1)..]), ignoreRawLineBreaks: true);
        return new RegressionFile(input, notes);
    }

    /// <summary>Writes <paramref name="input"/> under a name made of what broke and a hash of the input
    /// (the same finding twice lands in the same file). Returns the path.</summary>
    public static string Write(string directory, Violation violation, string input, string foundBy)
    {
        Directory.CreateDirectory(directory);
        var name = $"{Slug(violation.Property)}-{Slug(violation.Target)}-{Hash(input):x8}.txt";
        var path = Path.Combine(directory, name);
        var text = new StringBuilder()
            .Append("# ").Append(OneLine(violation.Property)).Append(" on ").Append(OneLine(violation.Target)).Append('\n')
            .Append("# ").Append(OneLine(violation.Detail)).Append('\n')
            .Append("# found by ").Append(OneLine(foundBy)).Append('\n')
            .Append("# input (").Append(input.Length.ToString(CultureInfo.InvariantCulture))
            .Append(" UTF-16 units) below, escaped: \\\\ \\n \\r \\t \\uXXXX; raw line breaks are layout only\n")
            .Append(Separator).Append('\n')
            .Append(Escaping.Escape(input, breakLinesAfterNewline: true))
            .Append('\n');
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    public static IReadOnlyList<string> All(string directory) =>
        Directory.Exists(directory) ? [.. Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)] : [];

    // Notes are already readable (details escape the text they quote); only line breaks must not split them.
    private static string OneLine(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Slug(string s)
    {
        var builder = new StringBuilder();
        foreach (var c in s)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and machines.</summary>
    private static uint Hash(string s)
    {
        var hash = 2166136261u;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
