namespace TextClean.Tests.Characters;

/// <summary>The seeds whose only character damage is the modifier-letter apostrophe and NBSP: fix must
/// repair exactly that and change nothing else.</summary>
public class SeedCharacterTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    [InlineData("004")]
    public void Fix_changes_only_apostrophes_and_NBSP(string seed)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", seed + ".txt")));
        var expected = text.Replace('\u02BC', '\u2019').Replace('\u00A0', ' ');

        Assert.Equal(expected, TextCleaner.Default.Fix(text));
    }

    [Fact]
    public void The_seeds_do_hold_what_the_test_is_about()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000.txt"));
        Assert.Contains('\u02BC', seed);
    }
}
