using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

public class QuotePassTests
{
    private static readonly QuotePass Normalize = new();
    private static readonly QuotePass Ascii = new(new QuoteOptions { Style = QuoteStyle.Ascii });

    [Theory]
    [InlineData("Russiaʼs war", "Russia’s war")]
    [InlineData("don´t and it`s", "don’t and it’s")]
    [InlineData("l`été", "l’été")]
    [InlineData("cafe\u0301ʼs", "cafe\u0301’s")]                       // a combining mark before still counts as the letter
    [InlineData("Київʼянка", "Київ’янка")]
    public void Normalize_turns_apostrophe_look_alikes_inside_words_into_the_apostrophe(string input, string expected)
    {
        Assert.Equal(expected, Normalize.Apply(input));
    }

    [Theory]
    [InlineData("“quoted” ‘single’ „low“ «guillemets»")]             // real quotation marks stay
    [InlineData("`code` and ´ alone, ʼokina-like ʼ at edges ʼ")]     // not between two letters
    [InlineData("5′ 11″ and it's")]
    [InlineData("scars´ stones")]
    [InlineData("")]
    public void Normalize_changes_nothing_else(string input)
    {
        Assert.Same(input, Normalize.Apply(input));
    }

    [Theory]
    [InlineData("“quoted” and ‘single’", "\"quoted\" and 'single'")]
    [InlineData("„Handwerk“ ‚low‘ ‛reversed‟", "\"Handwerk\" 'low' 'reversed\"")]
    [InlineData("It’s ʼn Russiaʼs don´t", "It's 'n Russia's don't")]
    [InlineData("Brontë…”", "Brontë…\"")]
    public void Ascii_straightens_every_curly_quote(string input, string expected)
    {
        Assert.Equal(expected, Ascii.Apply(input));
    }

    [Theory]
    [InlineData("«guillemets» ‹single› 5′ 11″")]
    [InlineData("scars´ stones, `code`")]
    public void Ascii_leaves_guillemets_primes_and_lone_accents(string input)
    {
        Assert.Same(input, Ascii.Apply(input));
    }

    [Theory]
    [InlineData("a``b´´c")]
    [InlineData("a’`b ʼʼ")]
    public void A_second_run_changes_nothing(string input)
    {
        foreach (var pass in new[] { Normalize, Ascii })
        {
            var once = pass.Apply(input);
            Assert.Equal(once, pass.Apply(once));
        }
    }

    [Fact]
    public void Keep_is_no_pass()
    {
        Assert.Throws<ArgumentException>(() => new QuotePass(new QuoteOptions { Style = QuoteStyle.Keep }));
        Assert.DoesNotContain(PassCatalog.RepairPasses(CleanerOptions.Default with { Quotes = QuoteStyle.Keep }), p => p is QuotePass);
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string input = "“Russiaʼs”";
        var log = new ChangeLog();
        var output = Ascii.Apply(input, log);
        Assert.Equal("\"Russia's\"", output);
        Assert.Equal([QuotePass.QuoteReason, QuotePass.ApostropheReason, QuotePass.QuoteReason], log.Changes.Select(c => c.Reason));
        Assert.Equal(output, ChangeLog.Replay(input, log.Changes));
    }
}
