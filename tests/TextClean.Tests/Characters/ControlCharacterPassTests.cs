using System.Text.RegularExpressions;
using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

public class ControlCharacterPassTests
{
    private static readonly ControlCharacterPass Pass = new();

    // Escapes throughout: control characters are unreadable in source, and xunit mangles lone surrogates.
    [Theory]
    [InlineData(@"\u001B[31mred\u001B[0m plain", "red plain")]                        // SGR colours
    [InlineData(@"\u001B[1;32;40mbold\u001B[m", "bold")]
    [InlineData(@"\u001B[2J\u001B[H\u001B[?25lscreen", "screen")]                     // clear, home, hide cursor
    [InlineData(@"\u001B]0;window title\u0007text", "text")]                          // OSC ended by BEL
    [InlineData(@"\u001B]8;;https://x.org\u001B\\link\u001B]8;;\u001B\\", "link")]    // OSC 8 hyperlink, ended by ST
    [InlineData(@"\u001BP1$r0m\u001B\\after", "after")]                               // DCS
    [InlineData(@"\u001B(Bcharset \u001B7saved\u001B8", "charset saved")]            // nF and Fp escapes
    [InlineData(@"\u001B[31", "[31")]                                                 // unfinished: only the ESC goes
    [InlineData(@"\u001B]0;no end", "]0;no end")]
    [InlineData(@"\u001BHello", "Hello")]                                             // ESC and a letter: keep the letter
    [InlineData(@"\u001B", "")]
    public void Terminal_escape_sequences_are_removed_whole(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(Regex.Unescape(input)));
    }

    [Theory]
    [InlineData(@"a\u0000b\u0001c\u0008d\u007Fe", "abcde")]
    [InlineData(@"These control characters \u001A are apparently intentional", "These control characters  are apparently intentional")]
    [InlineData(@"keep\ttab\nline\r\nbreaks\fpage\vvertical", "keep\ttab\nline\r\nbreaks\fpage\vvertical")] // whitespace controls stay
    [InlineData(@"\uFEFFbom at start, \uFEFFinside", "bom at start, inside")]
    [InlineData(@"deprecated\u206Aformat\u206F", "deprecatedformat")]
    [InlineData(@"annotation\uFFF9base\uFFFAruby\uFFFB and \uFFFC", "annotationbaseruby and ")]
    [InlineData(@"non\uFFFEchar\uFFFF\uFDD0\uFDEF", "nonchar")]
    [InlineData(@"plane one \uD83F\uDFFE and sixteen \uDBFF\uDFFF", "plane one  and sixteen ")]
    public void Controls_noncharacters_and_stray_marks_are_removed(string input, string expected)
    {
        Assert.Equal(expected, Pass.Apply(Regex.Unescape(input)));
    }

    [Theory]
    [InlineData(@"beaucoup parlé\u0085 Tu sais", "beaucoup parlé… Tu sais")]
    [InlineData(@"\u0084Handwerk\u0093", "„Handwerk“")]
    [InlineData(@"\u0080 \u0092 \u0096 \u0099", "€ ’ – ™")]
    [InlineData(@"undefined in 1252: \u0081\u008D\u008F\u0090\u009D", "undefined in 1252: \u0081\u008D\u008F\u0090\u009D")]
    public void C1_controls_are_read_as_the_Windows_1252_bytes_they_were(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Pass.Apply(Regex.Unescape(input)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text\twith\r\nwhitespace\f")]
    [InlineData("emoji 👨‍👩‍👧, flags 🏴󠁧󠁢󠁷󠁬󠁳󠁿, joiners and marks \u200D\u200E\u202E")] // tag characters and format characters stay
    [InlineData("café ﬁ ½ ×")]
    [InlineData("replacement \uFFFD stays, private use \uE000 too")]
    public void Clean_text_is_returned_as_the_same_instance(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    [Theory]
    [InlineData(@"\uD83F\u0001\uDFFE")]            // deleting the control would pair the halves into U+1FFFE
    [InlineData(@"\uD83F\u0001\u0002\uDFFE")]
    [InlineData(@"\uD83F\uD83F\uDFFE\uDFFE")]
    [InlineData(@"\u001B\u001B[1m[0m\u001B")]
    public void A_second_run_changes_nothing(string input)
    {
        var once = Pass.Apply(Regex.Unescape(input));
        Assert.Equal(once, Pass.Apply(once));
    }

    [Fact]
    public void Options_turn_parts_off()
    {
        var pass = new ControlCharacterPass(new ControlCharacterOptions { RemoveTerminalEscapes = false, RepairC1Controls = false });
        Assert.Equal("[31mred \u0085", pass.Apply("\u001B[31mred \u0085"));
    }

    [Fact]
    public void Changes_are_reported_and_replay()
    {
        const string input = "\u001B[1mA\u0000B\u0092C\uFEFF";
        var log = new ChangeLog();
        var output = Pass.Apply(input, log);
        Assert.Equal("AB’C", output);
        Assert.Equal(
            [ControlCharacterPass.EscapeSequenceReason, ControlCharacterPass.ControlReason, ControlCharacterPass.C1Reason, ControlCharacterPass.ControlReason],
            log.Changes.Select(c => c.Reason));
        Assert.Equal(output, ChangeLog.Replay(input, log.Changes));
    }

    [Fact]
    public void Many_unfinished_sequences_take_linear_time()
    {
        var input = string.Concat(Enumerable.Repeat("\u001B]", 200_000)) + string.Concat(Enumerable.Repeat("\u001B[1", 200_000));
        Assert.Equal(string.Concat(Enumerable.Repeat("]", 200_000)) + string.Concat(Enumerable.Repeat("[1", 200_000)), Pass.Apply(input));
    }
}
