using System.Text.RegularExpressions;
using TextClean.Characters;
using TextClean.Pipeline;

namespace TextClean.Tests.Characters;

public class SurrogatePassTests
{
    private static readonly SurrogatePass Pass = new();

    // Written as escapes: xunit re-encodes InlineData strings at discovery and would mangle lone surrogates.
    [Theory]
    [InlineData(@"a\uD800b", @"a\uFFFDb")]                  // lone high
    [InlineData(@"a\uDC00b", @"a\uFFFDb")]                  // lone low
    [InlineData(@"\uDC00\uD800", @"\uFFFD\uFFFD")]          // a pair in the wrong order is two lone halves
    [InlineData(@"end\uD83D", @"end\uFFFD")]                // high at the very end
    [InlineData(@"\uD83D\uDE00 ok \uD800", @"\uD83D\uDE00 ok \uFFFD")] // a real pair stays, the lone one goes
    public void Lone_surrogates_become_replacement_characters(string input, string expected)
    {
        Assert.Equal(Regex.Unescape(expected), Pass.Apply(Regex.Unescape(input)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII")]
    [InlineData("emoji 👨‍👩‍👧 and 😀")]
    public void Well_formed_text_is_returned_as_the_same_instance(string input)
    {
        Assert.Same(input, Pass.Apply(input));
    }

    [Fact]
    public void Changes_are_reported_when_asked()
    {
        var log = new ChangeLog();
        var output = Pass.Apply("x\uD800y\uDC00", log);
        Assert.Equal(2, log.Changes.Count);
        Assert.All(log.Changes, c => Assert.Equal("surrogates", c.Pass));
        Assert.Equal(output, ChangeLog.Replay("x\uD800y\uDC00", log.Changes));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Pass.Apply(null!));
    }
}
