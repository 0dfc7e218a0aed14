using System.Text.RegularExpressions;
using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

public class WhitespacePassTests
{
    private static readonly WhitespacePass Pass = new();

    [Theory]
    [InlineData('x')]    // plain text: the scan skips whole vectors
    [InlineData('\n')]   // a line feed makes the scan look closer at its vector, and finds nothing there
    public void Finds_a_double_space_at_any_position_after_any_filler(char filler)
    {
        for (var at = 3; at < 200; at++) // not at a line's start, where spaces are trimmed
        {
            var chars = new string('x', 220).ToCharArray();
            chars[1] = filler;
            chars[at] = ' ';
            chars[at + 1] = ' ';
            var text = new string(chars);
            Assert.Equal(text.Remove(at, 1), Pass.Apply(text));
        }
    }

    private static string Apply(string escaped) => Pass.Apply(Regex.Unescape(escaped));

    [Theory]
    [InlineData(@"a\u00A0b", "a b")]                                        // NBSP
    [InlineData(@"10\u202F000 \u2007km", "10 000 km")]                      // narrow NBSP, figure space
    [InlineData(@"a\u2009b\u200Ac\u2002d\u2003e\u205Ff", "a b c d e f")]    // thin, hair, en, em, math
    [InlineData(@"東京\u3000大阪", "東京 大阪")]                              // ideographic space
    [InlineData(@"a  b \t c\t\td", "a b c d")]                              // runs collapse, tabs too
    [InlineData(@"a\u00A0 \u2009b", "a b")]
    [InlineData(@"  indented\u00A0\nline end  \n\tend\t", "indented\nline end\nend")] // lines are trimmed
    [InlineData(@"a\n\n\nb", "a\n\n\nb")]                                   // blank lines stay: paragraphs are not this pass's business
    public void Spaces_become_one_plain_space_and_lines_are_trimmed(string input, string expected)
    {
        Assert.Equal(expected, Apply(input));
    }

    [Theory]
    [InlineData(@"a\r\nb\rc\nd", "a\nb\nc\nd")]
    [InlineData(@"a \r\nb\t\rc", "a\nb\nc")]
    [InlineData(@"line\u2028separator\u2029paragraph", "line\nseparator\nparagraph")]
    [InlineData(@"page\u000Cbreak\u000Bvertical\u0085next", "page\nbreak\nvertical\nnext")]
    [InlineData(@"\r\n\r\n", "\n\n")]
    public void Line_breaks_become_LF(string input, string expected)
    {
        Assert.Equal(expected, Apply(input));
    }

    [Theory]
    [InlineData(@"zero\u200Bwidth", "zerowidth")]
    [InlineData(@"word\u2060joiner", "wordjoiner")]
    [InlineData(@"co\u00ADoper\u00ADate", "cooperate")]                     // soft hyphens
    [InlineData(@"nego\u00AD\ntiations began", "negotiations began")]         // a soft hyphen ending a line: the layout broke the word
    [InlineData(@"Bundes\u00AD\r\n  regierung", "Bundesregierung")]          // CRLF, and the spaces trimming takes
    [InlineData(@"nego\u00AD\n\ntiations", "nego\n\ntiations")]              // a paragraph break is no broken word
    [InlineData(@"2019\u00AD\nreport", "2019\nreport")]                       // no letter before it
    [InlineData(@"end\u00AD\n- item", "end\n- item")]                         // no letter after it
    [InlineData(@"nego \u00AD\ntiations", "nego\ntiations")]                  // a space before it: only the hyphen goes
    [InlineData(@"\uD801\uDC00\u00AD\n\uD801\uDC01", "\uD801\uDC00\uD801\uDC01")]      // letters outside the BMP (Deseret)
    [InlineData(@"x&am\u00AD\np;", "x&am\np;")]                                // no join that would spell an entity (U+FFFD would stand in it)
    [InlineData(@"a \u200B b", "a b")]                                     // removing it does not leave two spaces
    [InlineData(@"end \u200B", "end")]
    [InlineData(@"Auf\u200Clage", "Auflage")]                             // ZWNJ between Latin letters does nothing for them
    [InlineData(@"a\u200Db \u200D", "ab")]
    [InlineData(@"intentional \u0081", "intentional")]                  // C1 controls no code page explains
    [InlineData(@"a\u008Db\u009Dc\u0090", "abc")]
    public void Invisible_characters_are_removed(string input, string expected)
    {
        Assert.Equal(expected, Apply(input));
    }

    [Theory]
    [InlineData(@"access\u202E \u2066level\u2069\u202C", "access level")]   // Trojan Source
    [InlineData(@"\u202Bשלום\u202C עולם", "שלום עולם")]
    [InlineData(@"مرحبا \u2067بالعالم\u2069", "مرحبا بالعالم")]
    public void Bidi_controls_are_stripped_and_right_to_left_letters_stay(string input, string expected)
    {
        Assert.Equal(expected, Apply(input));
    }

    [Theory]
    [InlineData("👨‍👩‍👧 family")]                  // ZWJ sequence
    [InlineData("🏳️‍🌈 flag")]                     // with VS16
    [InlineData("❤️‍🔥 🧑🏽‍💻 🏴‍☠️")]                 // skin tone, BMP heart
    [InlineData("क्‍ष and क्‌ष")]                  // Devanagari: ZWJ and ZWNJ after virama
    [InlineData("ර්‍ය")]                            // Sinhala yansaya
    [InlineData("അവന്‍ വന്നു")]                // Malayalam chillu in the old spelling: the ZWJ ends the word
    [InlineData("می‌خواهم و نمی‌دانم")]             // Persian ZWNJ
    [InlineData("مرحبا بالعالم")]                 // Arabic
    [InlineData("שלום עולם")]                     // Hebrew
    [InlineData("LRM stays: \u200Eabc\u200F")]
    [InlineData("cafe\u0301 n\u0303o")]             // combining marks
    [InlineData("plain text\nwith lines\n\nand a paragraph")]
    [InlineData("")]
    public void Text_that_needs_no_work_is_returned_as_the_same_instance(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    [Fact]
    public void Options_keep_bidi_controls_and_line_edges()
    {
        var pass = new WhitespacePass(new WhitespaceOptions { RemoveBidiControls = false, TrimLines = false });
        Assert.Equal(" a\u202Eb \n c ", pass.Apply(" a\u202Eb  \n\u00A0c\t"));
    }

    [Theory]
    [InlineData(@"\uD83D\u200B\uDE00")]            // deleting between lone halves must not pair them
    [InlineData(" \u200B \u00A0\u200D\n\r\u2028 x\u200C \t")]
    [InlineData("क\u200D\u200Dष \u200C\u200Bक")]
    public void A_second_run_changes_nothing(string input)
    {
        var once = Pass.Apply(Regex.Unescape(input));
        Assert.Equal(once, Pass.Apply(once));
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string input = " a\u00A0 b\r\nc\u200Bd ";
        var log = new ChangeLog();
        var output = Pass.Apply(input, log);
        Assert.Equal("a b\ncd", output);
        Assert.Equal(output, ChangeLog.Replay(input, log.Changes));
        Assert.Contains(log.Changes, c => c.Reason == WhitespacePass.LineBreakReason);
        Assert.Contains(log.Changes, c => c.Reason == WhitespacePass.InvisibleReason);
    }

    [Fact]
    public void Long_runs_take_linear_time()
    {
        var input = new string(' ', 300_000) + "x" + string.Concat(Enumerable.Repeat(" \u200B", 300_000)) + "y";
        Assert.Equal("x y", Pass.Apply(input));
    }

    [Theory]
    [InlineData("  b", " b")]            // two spaces
    [InlineData(" \nb", "\nb")]          // a space before a line break
    [InlineData("\n b", "\nb")]          // a space after a line break
    [InlineData("\u00A0b", " b")]        // a special character
    [InlineData("\u2009\u2009b", " b")]
    [InlineData("b ", "b")]              // a space at the end
    public void Work_is_found_at_any_offset(string escapedWork, string escapedExpected)
    {
        // One vectorized scan compares each character with the next: the work may sit anywhere in a
        // vector, or straddle two.
        var work = Regex.Unescape(escapedWork);
        var expected = Regex.Unescape(escapedExpected);
        for (var offset = 1; offset < 70; offset++)
        {
            var prefix = string.Concat(Enumerable.Repeat("it’s a “word”. ", 6))[..offset].TrimEnd(' ');
            if (prefix.Length == 0)
            {
                continue;
            }

            Assert.Equal(prefix + expected, Pass.Apply(prefix + work));
            var clean = prefix + "b and more text after it, long enough for another vector";
            Assert.Same(clean, Pass.Apply(clean));
        }
    }
}
