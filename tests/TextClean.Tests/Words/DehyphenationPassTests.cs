using TextClean.Pipeline;
using TextClean.Words;

namespace TextClean.Tests.Words;

public class DehyphenationPassTests
{
    private static readonly DehyphenationPass Pass = new();

    [Theory]
    [InlineData("the nego-\ntiations began", "the negotiations began")]
    [InlineData("the nego-\r\ntiations began", "the negotiations began")]
    [InlineData("the nego- \n  tiations began", "the negotiations began")]   // padding around the break
    [InlineData("The gov- ernment said", "The government said")]           // hyphen and space mid-line
    [InlineData("Nego-\ntiations began", "Negotiations began")]             // case kept
    [InlineData("to under-\nstand it", "to understand it")]                 // a common joined word beats two words
    [InlineData("(gov- ernment)", "(government)")]
    [InlineData("under pres- sure", "under pressure")]                     // mid-line, a common joined word
    [InlineData("the route-\nrs work", "the routers work")]                 // "rs" is too short to make a compound
    [InlineData("the top-ran-\nked team", "the top-ranked team")]           // a compound around the split
    [InlineData("the se-\ncond-place team", "the second-place team")]
    [InlineData("the govern-\nment's plan", "the government's plan")]    // a possessive after the second part
    [InlineData("the count-\nry\u2019s first visit", "the country\u2019s first visit")]
    public void Split_words_are_rejoined(string input, string expected) => Assert.Equal(expected, Pass.Apply(input));

    [Theory]
    [InlineData("a well-\nknown man", "a well-known man")]                  // a real compound keeps its hyphen
    [InlineData("a self-\nconfident man", "a self-confident man")]
    public void Compounds_lose_only_the_line_break(string input, string expected) => Assert.Equal(expected, Pass.Apply(input));

    [Theory]
    [InlineData("pre- and post-war")]                 // suspended hyphen
    [InlineData("fiber- and protein-rich oatmeal")]
    [InlineData("Wachstums- und Entwicklungstreiber")]
    [InlineData("a well- known man")]                 // mid-line with two words: not safe to touch
    [InlineData("Granol-\nlers")]                     // neither part nor the whole is known
    [InlineData("Kim-\nJong")]                        // the second part is capitalized
    [InlineData("ex-\ntraor-\ndinary")]               // split twice
    [InlineData("short- to medium-term")]
    [InlineData("negotiati]ns-well-\nknown")]         // the in-word pass's token: joining would change it
    [InlineData("Gast-\non Zahr")]                     // "on" alone does not make a compound
    [InlineData("2019-\n2020")]
    [InlineData("result -\nbut")]                     // a dash, not a hyphen
    [InlineData("nego-\n\ntiations")]                 // a paragraph break is not a line break
    [InlineData("GOV-\nernment")]
    [InlineData("well-known")]
    [InlineData("")]
    public void Everything_else_is_left_alone(string input) => Assert.Same(input, Pass.Apply(input));

    /// <summary>The vector scan for possible splits tests 16 characters at a time: a split must be found, and
    /// only a split, at every position in a vector and across the edge between two.</summary>
    [Theory]
    [InlineData("the nego-\ntiations began")]
    [InlineData("the nego-\r\ntiations began")]
    [InlineData("the nego-\t\n tiations began")]
    [InlineData("The gov- ernment said")]
    [InlineData("a well-\nknown man")]
    [InlineData("the nego\u2010\ntiations began")]   // U+2010 HYPHEN
    [InlineData("the café-\nowner said")]             // a letter above ASCII before the hyphen
    [InlineData("result -\nbut")]
    [InlineData("2019-\n2020")]
    [InlineData("well-known and -\n- -- x-")]
    public void A_split_is_found_wherever_it_falls_in_the_text(string input)
    {
        var alone = Pass.Apply(input);
        for (var padding = 0; padding <= 40; padding++)
        {
            var before = new string('x', padding) + " ";
            var after = " " + new string('y', 40 - padding);
            Assert.Equal(before + alone + after, Pass.Apply(before + input + after));
        }
    }

    [Fact]
    public void The_document_vouches_for_a_word_the_lexicon_lacks()
    {
        const string Text = "Granollers said. Later Granol-\nlers denied it.";
        Assert.Equal("Granollers said. Later Granollers denied it.", Pass.Apply(Text));
    }

    [Fact]
    public void The_document_spelling_with_a_hyphen_keeps_a_compound()
    {
        const string Text = "a co-operative farm; the co-\noperative board";
        Assert.Equal("a co-operative farm; the co-operative board", Pass.Apply(Text));
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string Text = "the nego-\ntiations and a well-\nknown gov- ernment";
        var log = new ChangeLog();
        var output = Pass.Apply(Text, log);
        Assert.Equal("the negotiations and a well-known government", output);
        Assert.Equal([DehyphenationPass.JoinReason, DehyphenationPass.CompoundReason, DehyphenationPass.JoinReason], log.Changes.Select(c => c.Reason));
        Assert.Equal(output, ChangeLog.Replay(Text, log.Changes));
        Assert.Same(output, Pass.Apply(output));
    }

    [Fact]
    public void Null_is_refused() => Assert.Throws<ArgumentNullException>(() => Pass.Apply(null!));
}
