namespace TextClean.Testing;

/// <summary>Where the repository's files are, found from the running assembly (tests and the fuzz driver
/// run from their bin folders inside the repository).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string?> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TextClean.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    });

    /// <summary>The folder holding TextClean.sln, or null when run from outside a checkout.</summary>
    public static string? Root => RootLazy.Value;

    public static string? Seeds => Root is { } root ? Path.Combine(root, "seeds") : null;

    /// <summary>tests/regressions: one file per bug found, replayed by the unit tests forever.</summary>
    public static string? Regressions => Root is { } root ? Path.Combine(root, "tests", "regressions") : null;

    /// <summary>The seed articles as scraped (NNN.txt) and as cleaned (NNN.clean.txt).</summary>
    public static IReadOnlyList<string> SeedTexts() =>
        Seeds is { } seeds && Directory.Exists(seeds)
            ? [.. Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)]
            : [];
}
