using TextClean.Blocks;
using TextClean.Pipeline;

namespace TextClean.Tests.Blocks;

public class BlockStageTests
{
    private static readonly string[] Article =
    [
        "Seizures of fentanyl at the southern border have risen every year since 2019, according to the agency's own figures, and officials say the trend has not slowed.",
        "The value of the drugs is hard to estimate, because street prices vary from city to city and the purity of what is seized is rarely reported in detail.",
        "Analysts who have looked at the numbers say the figure quoted in the speech is at best a rough guess, and at worst it was simply made up for the occasion.",
    ];

    [Fact]
    public void A_byline_below_a_promotion_is_read_once_the_promotion_is_gone_and_a_second_clean_finds_nothing()
    {
        // The promotion reads like a sentence, so on the first round the metadata pass takes it for the body's start.
        var text = string.Join("\n", [
            "Home", "Fact checks", "Sign up for our newsletter to get the best fact checks of the week delivered to your inbox every Friday.",
            "What is the value of drugs that come to the U.S. border?",
            "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", .. Article, "Contact us", "Jobs"]);
        var first = TextCleaner.Default.Clean(text, reportChanges: true);
        Assert.Equal(string.Join("\n\n", Article), first.Text);
        Assert.Equal(["Louis Jacobson"], first.Authors);
        Assert.Equal("2019-11-18T11:04", first.Published?.ToString());
        Assert.Equal(first.Text, ChangeLog.Replay(text, first.Changes));

        var second = TextCleaner.Default.Clean(first.Text, reportChanges: true);
        Assert.Same(first.Text, second.Text);
        Assert.Empty(second.Changes);
        Assert.Empty(second.Authors);
    }

    [Theory]
    [InlineData("precision")]
    [InlineData("recall")]
    public void Every_preset_gives_a_fixed_point(string preset)
    {
        var options = CleanerOptions.Default with { Boilerplate = preset == "precision" ? BoilerplateOptions.Precision : BoilerplateOptions.Recall };
        var cleaner = new TextCleaner(options);
        var text = string.Join("\n", ["Menu", "Short line", .. Article, "Related", "Another headline here", "Footer"]);
        var once = cleaner.Clean(text).Text;
        Assert.Equal(once, cleaner.Clean(once).Text);
    }
}
