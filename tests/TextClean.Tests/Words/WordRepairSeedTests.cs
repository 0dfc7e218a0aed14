using TextClean.Pipeline;
using TextClean.Words;
using Xunit.Abstractions;

namespace TextClean.Tests.Words;

/// <summary>The word passes on the seed articles: the one repair they need, nothing else, and damage
/// made on purpose repaired with the precision and recall the issue asks for.</summary>
public class WordRepairSeedTests(ITestOutputHelper output)
{
    private static readonly string[] Seeds = ["000", "001", "002", "003", "004"];

    private static string Seed(string id) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", id + ".txt"));

    [Fact]
    public void Seed_002_reads_negotiations_through_fix()
    {
        var text = TextCleaner.Default.Fix(Seed("002"));
        Assert.Contains("arrived in Russia for negotiations with Putin", text, StringComparison.Ordinal);
        Assert.DoesNotContain("negotiati]ns", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_word_passes_change_nothing_else_in_any_seed(string id)
    {
        var input = Seed(id);
        var expected = id == "002" ? input.Replace("negotiati]ns", "negotiations", StringComparison.Ordinal) : input;
        var wordsOnly = new InWordRepairPass().Apply(new DehyphenationPass().Apply(input));
        Assert.Equal(expected, wordsOnly);

        // And through the whole repair pipeline, the word passes' changes are that one repair.
        var log = new ChangeLog();
        TextCleaner.Default.Fix(input, log);
        var wordChanges = log.Changes.Where(c => c.Pass is "in-word-repair" or "dehyphenation").Select(c => $"{c.Original}->{c.Replacement}");
        string[] expectedChanges = id == "002" ? ["negotiati]ns->negotiations"] : [];
        Assert.Equal(expectedChanges, wordChanges);
    }

    [Fact]
    public void Damaged_seeds_are_repaired_with_high_precision_and_recall()
    {
        var pass = new InWordRepairPass();
        var total = default(WordDamage.Score);
        foreach (var id in Seeds)
        {
            // Seed 002's own damage repaired first, so every damaged word is one made here.
            var original = Seed(id).Replace("negotiati]ns", "negotiations", StringComparison.Ordinal);
            for (var round = 0; round < 20; round++)
            {
                var (damaged, count) = WordDamage.Damage(original, new Random((round * 31) + id[2]), rate: 0.2);
                total += WordDamage.Measure(original, damaged, pass.Apply(damaged), count);
            }
        }

        output.WriteLine($"damaged {total.Damaged}, changed {total.Changed}, right {total.Right}: precision {total.Precision:F4}, recall {total.Recall:F4}");
        Assert.InRange(total.Damaged, 500, int.MaxValue);
        Assert.True(total.Precision >= 0.99, $"precision {total.Precision:F4} ({total})");
        Assert.True(total.Recall >= 0.90, $"recall {total.Recall:F4} ({total})");
    }
}
