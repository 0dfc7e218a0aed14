using TextClean.Internal;

namespace TextClean.Tests.Internal;

public class CharRangeSetTests
{
    private static readonly CharRangeSet Set = new(('\u0000', '\u0008'), ('\u00A0', '\u00A0'), ('\u2000', '\u200D'), ('\uFFFE', '\uFFFF'));

    [Theory]
    [InlineData("", -1)]
    [InlineData("plain ascii text that is longer than one vector of characters", -1)]
    [InlineData("\u0000", 0)]
    [InlineData("abc\u00A0", 3)]
    [InlineData("curly ’quotes’ are not in the set, but\u2009this is", 38)]
    [InlineData("0123456789abcdefghijklmnopqrstuvwxyz0123456789\uFFFF", 46)]   // found in the scalar tail
    [InlineData("\u1FFF\u200E\u2010\u00A1\u009F", -1)]                         // just outside each range
    public void Finds_the_first_character_in_any_range(string text, int expected)
    {
        Assert.Equal(expected, Set.IndexOfAny(text));
    }

    [Theory]
    [InlineData('a')]            // safe: vectors of plain text are skipped whole
    [InlineData('\u1FFF')]       // outside the safe intervals but not in the set: vectors are looked at closer
    public void Finds_a_member_at_any_position_after_any_filler(char filler)
    {
        for (var at = 0; at < 200; at++)
        {
            var chars = new string('x', 220).ToCharArray();
            chars[0] = filler;
            chars[at] = '\u2003';
            Assert.Equal(at, Set.IndexOfAny(chars));
        }
    }

    // Members on both sides of '\n', as the controls pass has: its line breaks fall outside the interval around 'a'.
    private static readonly CharRangeSet ControlsLike = new(('\u0000', '\u0008'), ('\u000E', '\u001F'), ('\u007F', '\u009F'));

    [Theory]
    [InlineData('\n')]
    [InlineData('\t')]
    [InlineData('\r')]
    [InlineData('\u000B')]
    public void Finds_a_member_at_any_position_among_line_breaks(char filler)
    {
        foreach (var member in "\u0000\u0008\u000E\u001F\u007F\u009F")
        {
            for (var at = 0; at < 100; at++)
            {
                var chars = new string(filler, 120).ToCharArray();
                for (var i = 3; i < chars.Length; i += 7)
                {
                    chars[i] = 'x';
                }

                chars[at] = member;
                Assert.Equal(at, ControlsLike.IndexOfAny(chars));
            }
        }
    }

    [Fact]
    public void Sets_with_members_around_the_line_feed_agree_with_a_scalar_search()
    {
        const string alphabet = "\t\n\u000B\u000C\r\u0008\u000E\u001F\u007F\u0085 a’";
        var random = new Random(17);
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)random.Next('a', 'z' + 1);
            }

            Assert.Equal(Array.FindIndex(chars, ControlsLike.Contains), ControlsLike.IndexOfAny(chars));
        }
    }

    [Fact]
    public void Agrees_with_a_scalar_search_on_random_text()
    {
        var random = new Random(5);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 100)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0x10000) : (char)random.Next(0x20, 0x7F);
            }

            Assert.Equal(Array.FindIndex(chars, Set.Contains), Set.IndexOfAny(chars));
        }
    }

    [Fact]
    public void Sets_holding_the_common_characters_themselves_agree_with_a_scalar_search()
    {
        // The safe-interval shortcut must not hide a member: sets around 'a' and '’', and sets holding them.
        CharRangeSet[] sets =
        [
            new(('a', 'a')),
            new(('\u2019', '\u2019'), ('\n', '\n')),
            new(('\u0000', '\u001F'), ('\u2018', '\u201F')),
            new(('\u0080', '\u009F'), ('\u206A', '\u206F'), ('\uFDD0', '\uFDEF')),
        ];
        const string alphabet = "abc xyz.,\n’“”—–éЖ\u2000\u2066\u0085\u009F\uFDD0\uFFFF";
        var random = new Random(11);
        foreach (var set in sets)
        {
            for (var n = 0; n < 1000; n++)
            {
                var chars = new char[random.Next(0, 90)];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = random.Next(8) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)random.Next('a', 'z' + 1);
                }

                Assert.Equal(Array.FindIndex(chars, set.Contains), set.IndexOfAny(chars));
            }
        }
    }
}
