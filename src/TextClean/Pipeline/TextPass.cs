namespace TextClean.Pipeline;

/// <summary>Where a pass runs in the flow (DESIGN.md): character passes, then word passes.</summary>
public enum PassStage
{
    /// <summary>Repairs characters: encoding damage, entities, controls, whitespace, quotes, width, normalization.</summary>
    Character,

    /// <summary>Repairs words: in-word damage and line-break hyphenation.</summary>
    Word,
}

/// <summary>
/// A string-to-string cleaning pass. The contract every pass keeps (the property tests check it):
/// <list type="bullet">
/// <item>one job, a sealed class with a stable <see cref="Name"/>;</item>
/// <item>immutable and thread-safe once built; costly tables built once, never per call;</item>
/// <item>idempotent: <c>p(p(x)) == p(x)</c>;</item>
/// <item>nothing to do means no allocation: the input instance is returned;</item>
/// <item>linear time, culture-free, total (any string, never an exception);</item>
/// <item>every edit goes through <see cref="TextRewriter"/>, so it is reported when a log is given.</item>
/// </list>
/// </summary>
public abstract class TextPass
{
    /// <summary>Stable, lowercase, hyphenated name used by the CLI, explain output and benchmarks.</summary>
    public abstract string Name { get; }

    /// <summary>Where the pass runs: character passes, then word passes.</summary>
    public abstract PassStage Stage { get; }

    /// <summary>Runs the pass. <paramref name="changes"/> receives its edits when not null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Apply(string text, ChangeLog? changes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        changes?.BeginStep(Name);
        return Transform(text, changes);
    }

    /// <summary>The pass's work; <paramref name="text"/> is not null.</summary>
    protected abstract string Transform(string text, ChangeLog? changes);

    /// <summary>
    /// For a pass whose decisions read evidence that its own edits create (a repaired word elsewhere in the
    /// document, a repaired neighbour): runs <paramref name="once"/> again while a round still changes the
    /// text, at most <paramref name="maxRounds"/> times, which makes the pass idempotent. Each further round
    /// is its own change-log step, so the log still replays. Clean text costs one round.
    /// </summary>
    protected string RepeatUntilStable(string text, ChangeLog? changes, Func<string, ChangeLog?, string> once, int maxRounds = 4)
    {
        ArgumentNullException.ThrowIfNull(once);
        var current = text;
        for (var round = 0; round < maxRounds; round++)
        {
            if (round > 0)
            {
                changes?.BeginStep(Name);
            }

            var next = once(current, changes);
            if (ReferenceEquals(next, current))
            {
                break;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The pass's <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
