using System.Text.Json;
using TextClean.Pipeline;

namespace TextClean.Tests.Blocks;

/// <summary>
/// The seed articles through <c>Clean</c>: kept and removed blocks, title, authors, published. The
/// character and word repairs (other passes) turn "ʼ" into "’", NBSP into a space and "negotiati]ns" into
/// "negotiations"; <see cref="RepairsOfOtherPasses"/> applies exactly those three to the output, so the
/// comparison is exact for everything this stage decides, and stays exact (the substitutions then find
/// nothing) once those passes run in the pipeline.
/// </summary>
public class SeedsGoldenTests
{
    public static TheoryData<string> Seeds() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "???.txt")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    private static string SeedFile(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    private static string RepairsOfOtherPasses(string text) =>
        string.Join('\n', text.Replace('\u02BC', '’').Replace('\u00A0', ' ').Replace("negotiati]ns", "negotiations", StringComparison.Ordinal)
            .Split('\n').Select(line => line.TrimEnd(' ')));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_text_and_metadata(string id)
    {
        var result = TextCleaner.Default.Clean(SeedFile($"{id}.txt"));
        Assert.Equal(SeedFile($"{id}.clean.txt").TrimEnd('\n'), RepairsOfOtherPasses(result.Text));

        using var meta = JsonDocument.Parse(SeedFile($"{id}.meta.json"));
        var root = meta.RootElement;
        Assert.Equal(root.GetProperty("title").GetString(), result.Title);
        Assert.Equal(root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()), result.Authors);
        Assert.Equal(root.GetProperty("published").GetString(), result.Published?.ToString());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cleaning_clean_output_changes_nothing_and_finds_no_metadata(string id)
    {
        var first = TextCleaner.Default.Clean(SeedFile($"{id}.txt"));
        var second = TextCleaner.Default.Clean(first.Text, reportChanges: true);
        Assert.Equal(first.Text, second.Text);
        Assert.Empty(second.Changes);
        Assert.Null(second.Title);
        Assert.Empty(second.Authors);
        Assert.Null(second.Published);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_change_log_replays_to_the_output(string id)
    {
        var text = SeedFile($"{id}.txt");
        var result = TextCleaner.Default.Clean(text, reportChanges: true);
        Assert.Equal(result.Text, ChangeLog.Replay(text, result.Changes));
    }
}
