using System.Text;
using System.Text.RegularExpressions;
using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

public class NormalizationPassTests
{
    private static readonly NormalizationPass Pass = new();

    [Theory]
    [InlineData(@"cafe\u0301", "café")]
    [InlineData(@"A\u030A and \u212B", "Å and Å")]                       // combining ring; the Angstrom sign
    [InlineData(@"n\u0303o n\u0303o", "ño ño")]
    [InlineData(@"q\u0307\u0323", "q\u0323\u0307")]                      // no precomposed form: marks reorder
    [InlineData(@"\u1100\u1161\u11A8", "각")]                            // Hangul jamo compose
    [InlineData(@"カ\u3099", "ガ")]
    [InlineData(@"\u0301 leading mark", "\u0301 leading mark")]           // nothing to combine with: stays
    [InlineData(@"\u1FEF", "`")]                                         // a singleton: Greek varia is the grave accent
    [InlineData(@"&\u212Aappa; &notin\u037E &not=\u0338", "&Kappa; &notin; &not≠")] // entity text, as the entity pass reads it already
    public void Text_becomes_NFC(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Pass.Apply(Regex.Unescape(input)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII")]
    [InlineData("café Ελληνικά русский עברית العربية हिन्दी 日本語 한국어")]
    [InlineData("emoji 👨‍👩‍👧 🏳️‍🌈 and ﬁ ½ ＡＢＣ")]                     // compatibility characters are not NFC's business
    [InlineData("q\u0323\u0307 and é\u0301")]                           // canonical order, nothing left to compose
    public void NFC_text_is_returned_as_the_same_instance(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    [Theory]
    [InlineData(@"e\u0301\uD800\u0301x", @"\u00E9\uD800\u0301x")]       // lone surrogates are walked around
    [InlineData(@"\uDC00e\u0301", @"\uDC00\u00E9")]
    public void Lone_surrogates_do_not_stop_normalization(string input, string expected)
    {
        var output = Pass.Apply(Regex.Unescape(input));
        Assert.Equal(Regex.Unescape(expected), output);
        Assert.Same(output, Pass.Apply(output));
    }

    [Fact]
    public void A_long_piece_without_boundaries_is_normalized()
    {
        var input = string.Concat(Enumerable.Repeat("ا\u0653ب\u0654", 50_000));   // Arabic: no character below U+0300
        Assert.Equal(input.Normalize(NormalizationForm.FormC), Pass.Apply(input));
    }

    [Fact]
    public void Every_character_agrees_with_the_runtime_normalizer()
    {
        // Each code point after a letter and before a combining mark, and after a Hangul jamo: the table that
        // lets the pass skip characters must never skip one the normalizer would change.
        for (var cp = 0x300; cp <= 0xE01EF; cp = cp == 0x3FFFF ? 0xE0000 : cp + 1)   // planes 4-13 hold nothing
        {
            if (cp is >= 0xD800 and <= 0xDFFF or 0xFFFE or 0xFFFF)
            {
                continue;
            }

            var c = char.ConvertFromUtf32(cp);
            foreach (var text in new[] { "a" + c + "\u0323", "\u1100" + c })
            {
                Assert.True(text.Normalize(NormalizationForm.FormC) == Pass.Apply(text), $"U+{cp:X4} in {text}");
            }
        }
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string input = "cafe\u0301 and nai\u0308ve";
        var log = new ChangeLog();
        var output = Pass.Apply(input, log);
        Assert.Equal("café and naïve", output);
        Assert.Equal(2, log.Changes.Count);
        Assert.Equal(output, ChangeLog.Replay(input, log.Changes));
    }

    [Theory]
    [InlineData(30, "\u00E1" + "\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301")]
    [InlineData(31, "\u00E1" + "\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301" + "\u034F\u0301")]
    public void A_grapheme_joiner_goes_after_every_thirty_marks_in_a_row(int marks, string expected) =>
        Assert.Equal(expected, Pass.Apply("a" + new string('\u0301', marks)));

    /// <summary>Normalizing can lengthen a run of marks: U+0344 is two marks, and NFC keeps U+0958 apart as
    /// a letter and a nukta. The joiners go by the normalized run, so a second run has nothing to cut.</summary>
    [Theory]
    [InlineData("\u0344", '\u0301', 47)]
    [InlineData("\u0958", '\u093C', 30)]
    [InlineData("b\u0344", '\u0301', 29)]
    public void A_run_that_normalizing_lengthens_is_cut_by_its_normalized_length(string start, char mark, int marks)
    {
        var output = Pass.Apply(start + new string(mark, marks));
        Assert.Same(output, Pass.Apply(output));
        Assert.True(output.Split(NormalizationPass.GraphemeJoiner).All(piece => piece.IsNormalized(NormalizationForm.FormC)));
        Assert.Equal(
            string.Concat(output.Split(NormalizationPass.GraphemeJoiner)).Normalize(NormalizationForm.FormD),
            (start + new string(mark, marks)).Normalize(NormalizationForm.FormD));
    }

    /// <summary>The runtime's normalizer takes time that grows with the square of a run of mixed marks (25,000
    /// took half a second, 100,000 seven); cut by grapheme joiners, 400,000 take a fraction of a second.</summary>
    [Fact]
    public void A_long_run_of_mixed_marks_takes_linear_time_and_comes_out_NFC()
    {
        var input = "a" + string.Concat(Enumerable.Repeat("\u0323\u0301", 200_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var output = Pass.Apply(input);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(output.IsNormalized(NormalizationForm.FormC));
        Assert.Same(output, Pass.Apply(output));
        Assert.Equal((400_000 - 1) / NormalizationPass.MaxNonStarters, output.Count(c => c == NormalizationPass.GraphemeJoiner));
    }
}
