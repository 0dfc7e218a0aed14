using TextClean.Pipeline;

namespace TextClean.Tests.Pipeline;

public class ChangeLogTests
{
    [Fact]
    public void Replay_applies_each_step_to_the_previous_steps_output()
    {
        var log = new ChangeLog();
        log.BeginStep("first");
        log.Record("r", 0, 1, "a", "xy");   // "abc" -> "xybc"
        log.BeginStep("second");
        log.Record("r", 2, 1, "b", "");     // "xybc" -> "xyc"
        Assert.Equal("xyc", ChangeLog.Replay("abc", log.Changes));
    }

    [Fact]
    public void Record_before_any_step_is_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => new ChangeLog().Record("r", 0, 0, "", "x"));
    }

    [Fact]
    public void Replay_refuses_changes_that_do_not_fit()
    {
        var log = new ChangeLog();
        log.BeginStep("p");
        log.Record("r", 5, 1, "x", "y");
        Assert.Throws<ArgumentException>(() => ChangeLog.Replay("abc", log.Changes));
    }
}

public class TextPipelineTests
{
    /// <summary>Removes zero-width spaces; alone it is idempotent.</summary>
    private sealed class DropZeroWidth : TextClean.Pipeline.TextPass
    {
        public override string Name => "drop-zw";

        public override TextClean.Pipeline.PassStage Stage => TextClean.Pipeline.PassStage.Character;

        protected override string Transform(string text, TextClean.Pipeline.ChangeLog? changes)
        {
            var rewriter = new TextClean.Pipeline.TextRewriter(text, changes);
            for (var i = text.IndexOf('\u200B', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\u200B', i + 1))
            {
                rewriter.Delete(i, 1, "zw");
            }

            return rewriter.ToStringAndDispose();
        }
    }

    /// <summary>Joins "a" and "b" when they touch; alone it is idempotent.</summary>
    private sealed class JoinAb : TextClean.Pipeline.TextPass
    {
        public override string Name => "join-ab";

        public override TextClean.Pipeline.PassStage Stage => TextClean.Pipeline.PassStage.Character;

        protected override string Transform(string text, TextClean.Pipeline.ChangeLog? changes)
        {
            var rewriter = new TextClean.Pipeline.TextRewriter(text, changes);
            for (var i = text.IndexOf("ab", StringComparison.Ordinal); i >= 0; i = text.IndexOf("ab", i + 2, StringComparison.Ordinal))
            {
                rewriter.Replace(i, 2, "X", "join");
            }

            return rewriter.ToStringAndDispose();
        }
    }

    [Fact]
    public void A_chain_whose_later_pass_uncovers_work_for_an_earlier_one_still_settles_in_one_call()
    {
        // join-ab runs before drop-zw, so one round leaves "ab" for the next: the pipeline repeats.
        var pipeline = new TextClean.Pipeline.TextPipeline([new JoinAb(), new DropZeroWidth()]);
        var once = pipeline.Run("a\u200Bb ab");
        Assert.Equal("X X", once);
        Assert.Same(once, pipeline.Run(once));
    }

    [Fact]
    public void The_log_of_every_round_replays_to_the_output()
    {
        var pipeline = new TextClean.Pipeline.TextPipeline([new JoinAb(), new DropZeroWidth()]);
        var log = new TextClean.Pipeline.ChangeLog();
        var output = pipeline.Run("a\u200Bb", log);
        Assert.Equal(output, TextClean.Pipeline.ChangeLog.Replay("a\u200Bb", log.Changes));
    }
}
