using TextClean.Pipeline;

namespace TextClean.Tests.Pipeline;

public class TextRewriterTests
{
    [Fact]
    public void No_edit_returns_the_input_instance()
    {
        var input = "clean text";
        var rewriter = new TextRewriter(input, null);
        Assert.Same(input, rewriter.ToStringAndDispose());
    }

    [Fact]
    public void An_edit_that_changes_nothing_is_not_an_edit()
    {
        var input = "abc";
        var log = new ChangeLog();
        log.BeginStep("test");
        var rewriter = new TextRewriter(input, log);
        rewriter.Replace(1, 1, "b", "same");
        Assert.False(rewriter.HasEdits);
        Assert.Same(input, rewriter.ToStringAndDispose());
        Assert.Empty(log.Changes);
    }

    [Fact]
    public void Edits_are_applied_and_logged_with_input_offsets()
    {
        var log = new ChangeLog();
        log.BeginStep("test");
        var rewriter = new TextRewriter("a-b-c", log);
        rewriter.Replace(1, 1, "+", "plus");
        rewriter.Delete(3, 1, "gone");
        Assert.Equal("a+bc", rewriter.ToStringAndDispose());
        Assert.Equal(
            [new TextChange(0, "test", "plus", 1, 1, "-", "+"), new TextChange(0, "test", "gone", 3, 1, "-", "")],
            log.Changes);
    }

    [Fact]
    public void An_edit_behind_the_position_is_refused()
    {
        var rewriter = new TextRewriter("abcdef", null);
        rewriter.Replace(3, 1, "x", "r");
        var threw = false;
        try
        {
            rewriter.Replace(2, 1, "y", "r");
        }
        catch (ArgumentOutOfRangeException)
        {
            threw = true;
        }

        rewriter.Dispose();
        Assert.True(threw);
    }

    [Fact]
    public void Output_can_grow_past_the_first_buffer()
    {
        var input = new string('a', 100);
        var rewriter = new TextRewriter(input, null);
        for (var i = 0; i < input.Length; i++)
        {
            rewriter.Replace(i, 1, "bbbb", "grow");
        }

        Assert.Equal(new string('b', 400), rewriter.ToStringAndDispose());
    }
}
