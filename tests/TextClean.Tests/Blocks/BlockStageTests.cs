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

    /// <summary>A wire story's page ending: the reporters' credits, the outlet's footer, the author's bio above the
    /// results table and the page's widgets under it. The story keeps its table; the rest goes.</summary>
    [Fact]
    public void A_sports_storys_page_ending_keeps_its_results_table_and_nothing_else()
    {
        string[] table = ["1. Verstappen 1:32:05.2", "2. Perez +12.3s", "3. Hamilton +15.1s", "4. Sainz +1 lap"];
        var text = string.Join("\n", [
            "Verstappen wins in Singapore after late safety car", "By Jane Doe, Singapore", .. Article,
            "Jane Doe is a motor racing correspondent at The Post.", .. table,
            "(Reporting by Jane Doe; Editing by John Roe)", "Our Standards: The Thomson Reuters Trust Principles.",
            "Standings", "1. Verstappen 400", "2. Perez 223", "3. Hamilton 190", "Markets", "AAPL 189.23 +1.2%", "MSFT 402.10 -0.4%"]);
        var result = TextCleaner.Default.Clean(text);
        Assert.Equal(string.Join("\n\n", [.. Article, .. table]), result.Text);
        Assert.Equal("Verstappen wins in Singapore after late safety car", result.Title);
        Assert.Equal(["Jane Doe"], result.Authors);
        Assert.Same(result.Text, TextCleaner.Default.Clean(result.Text).Text);
    }

    /// <summary>The metadata pass reads the byline's author, so the boilerplate pass knows the bio in the middle
    /// of the body for the author's; a second clean, with no byline left, finds nothing more.</summary>
    [Fact]
    public void The_bylines_author_bio_in_the_middle_of_the_body_goes()
    {
        var text = string.Join("\n\n", [
            "Fentanyl seizures keep rising", "By Jane Doe, Special to The Post", Article[0], Article[1],
            "Jane Doe is a senior reporter at The Post covering drug policy.", Article[2]]);
        var first = TextCleaner.Default.Clean(text);
        Assert.Equal(string.Join("\n\n", Article), first.Text);
        Assert.Equal(["Jane Doe"], first.Authors);

        var second = TextCleaner.Default.Clean(first.Text);
        Assert.Same(first.Text, second.Text);
    }

    /// <summary>A sports story's results table stays the story's, and cleaning the result again keeps it.</summary>
    [Fact]
    public void A_results_table_under_the_story_stays_and_a_second_clean_keeps_it()
    {
        var text = string.Join("\n\n", [.. Article, "1. Verstappen 1:32:05.2", "2. Perez +12.3s", "3. Hamilton +15.1s", "Share this article"]);
        var first = TextCleaner.Default.Clean(text);
        Assert.Equal(string.Join("\n\n", [.. Article, "1. Verstappen 1:32:05.2", "2. Perez +12.3s", "3. Hamilton +15.1s"]), first.Text);
        Assert.Same(first.Text, TextCleaner.Default.Clean(first.Text).Text);
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
