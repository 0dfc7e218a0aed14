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
    [InlineData("the farmersʼ union, the 1990sʼ boom", "the farmers’ union, the 1990s’ boom")] // ʼ at a word's edge: a possessive
    [InlineData("ʼTwas the night, rock ʼnʼ roll", "’Twas the night, rock ’n’ roll")]                  // or an elision
    public void Normalize_turns_apostrophe_look_alikes_inside_words_into_the_apostrophe(string input, string expected)
    {
        Assert.Equal(expected, Normalize.Apply(input));
    }

    [Theory]
    [InlineData("“quoted” ‘single’ „low“ «guillemets»")]             // real quotation marks stay
    [InlineData("`code` and ´ alone, ʼ at edges ʼ, Київʼ and ʼянка")]  // not between two letters, nor by a Latin word
    [InlineData("5′ 11″ and it's")]
    [InlineData("scars´ stones")]
    [InlineData("")]
    public void Normalize_changes_nothing_else(string input)
    {
        Assert.Same(input, Normalize.Apply(input));
    }

    // What the mojibake pass declined stays as it was, for a later tool: ´ there is the byte 0xB4 of a
    // character's UTF-8 read in a legacy code page, and ’ would lose it.
    [Theory]
    [InlineData("Bremer/Mccoy – DrÃ´ber")]                           // "ô" read as Windows-1252
    [InlineData("ABÃ´C and the Ð´Ð")]                                // "ô"; "д" and a lead cut short
    [InlineData("Î´x")]                                                // "δ"
    [InlineData("l'HĂ´pital")]                                         // "ô" read as Windows-1250
    [InlineData("Progresƒ´vie")]                                       // "ī" read as MacRoman
    [InlineData("ãƒ´ãƒ¼")]                                              // "ヴー": a three-byte sequence
    [InlineData("JOSÉ´S")]                                             // a real apostrophe, but "É´" reads as "ɴ": left, not harmed
    public void Neither_style_touches_a_misread_byte(string input)
    {
        Assert.Same(input, Normalize.Apply(input));
        Assert.Same(input, Ascii.Apply(input));
    }

    [Theory]
    [InlineData("José´s and geht´s and naïve´s", "José’s and geht’s and naïve’s")] // accented letters that lead no sequence with ´
    public void An_apostrophe_after_an_accented_letter_is_still_one(string input, string expected)
    {
        Assert.Equal(expected, Normalize.Apply(input));
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
