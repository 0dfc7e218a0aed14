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
