using System.Reflection;

namespace TextClean.Blocks;

/// <summary>
/// jusText's stopword lists (BSD-2-Clause; Stoplists/LICENSE.jusText.rst), embedded. One table maps
/// each lower-cased word to a bit per language that lists it, so one lookup per word counts the
/// stopwords of every language at once. Built once, on first use, thread-safely.
/// </summary>
internal static class Stopwords
{
    private const string ResourcePrefix = "TextClean.Stoplists.";

    private static readonly Lazy<(string[] Languages, Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> Table)> Data =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Longest word looked up; longer tokens are no stopword in any list.</summary>
    public const int MaxWordLength = 32;

    public static IReadOnlyList<string> Languages => Data.Value.Languages;

    public static int LanguageCount => Data.Value.Languages.Length;

    /// <summary>The languages listing <paramref name="lowerCaseWord"/>, one bit each (bit i = <see cref="Languages"/>[i]).</summary>
    public static uint Lookup(ReadOnlySpan<char> lowerCaseWord) =>
        Data.Value.Table.TryGetValue(lowerCaseWord, out var bits) ? bits : 0;

    private static (string[], Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>>) Load()
    {
        var assembly = typeof(Stopwords).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var languages = new string[names.Length];
        var table = new Dictionary<string, uint>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length && i < 32; i++)
        {
            languages[i] = names[i][ResourcePrefix.Length..^4];
            using var stream = assembly.GetManifestResourceStream(names[i]) ?? throw new InvalidOperationException($"missing resource {names[i]}");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var word = line.Trim().ToLowerInvariant();
                if (word.Length is > 0 and <= MaxWordLength)
                {
                    table[word] = table.GetValueOrDefault(word) | (1u << i);
                }
            }
        }

        return (languages, table.GetAlternateLookup<ReadOnlySpan<char>>());
    }
}
