using TextClean.Pipeline;

namespace TextClean.Blocks;

/// <summary>One edit a block pass wants: replace <c>Text[Start..Start+Length]</c> by
/// <see cref="Replacement"/> (empty to remove), for <see cref="Reason"/>.</summary>
public readonly record struct BlockEdit(int Start, int Length, string Replacement, string Reason)
{
    /// <summary>Removes a whole block together with the line breaks that follow it, so that what is
    /// left still has one block per paragraph.</summary>
    public static BlockEdit RemoveBlock(BlockDocument document, int index, string reason)
    {
        var blocks = document.BlockArray;
        var block = blocks[index];
        var end = index + 1 < blocks.Length ? blocks[index + 1].Start : document.Text.Length;
        return new BlockEdit(block.Start, end - block.Start, "", reason);
    }
}

/// <summary>What a block pass decided for one document: its edits, in text order and not overlapping,
/// and the metadata to carry on.</summary>
public readonly record struct BlockPlan(IReadOnlyList<BlockEdit> Edits, ArticleMetadata Metadata)
{
    /// <summary>The blocks the pass leaves, when it knows them to be its own fixed point and its decisions
    /// are a function of the ordered block texts alone: <see cref="BlockStage"/> then skips the pass while
    /// the document still cuts into exactly these texts.</summary>
    internal SettledBlocks? Settles { get; init; }
}

/// <summary>
/// A pass over the blocks of the repaired text: it keeps, removes or trims blocks and may fill the
/// article's metadata. The contract is <see cref="TextPass"/>'s, extended to blocks:
/// <list type="bullet">
/// <item>one job, a sealed class with a stable <see cref="Name"/>;</item>
/// <item>immutable and thread-safe once built; tables built once;</item>
/// <item>idempotent: applying it to its own output removes nothing more and finds no new metadata;</item>
/// <item>linear time, culture-free, total;</item>
/// <item>a pass only plans (<see cref="Plan"/>); the edits are applied here, through
/// <see cref="TextRewriter"/>, so every removal is reported as one change of this pass's step with
/// its reason, and <see cref="ChangeLog.Replay"/> reproduces the output;</item>
/// <item>no edit means the same document instance back.</item>
/// </list>
/// </summary>
public abstract class BlockPass
{
    /// <summary>Stable, lowercase, hyphenated name used by the CLI, explain output and benchmarks.</summary>
    public abstract string Name { get; }

    /// <summary>Runs the pass on <paramref name="document"/>: a new document with the pass's edits and metadata,
    /// or the same instance when it changes nothing. <paramref name="changes"/>, when given, receives every edit.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public BlockDocument Apply(BlockDocument document, ChangeLog? changes = null) => Apply(document, changes, out _);

    /// <param name="document">The document to run on.</param>
    /// <param name="changes">Receives the edits when not null.</param>
    /// <param name="settled"><see cref="BlockPlan.Settles"/> of the pass's plan.</param>
    internal BlockDocument Apply(BlockDocument document, ChangeLog? changes, out SettledBlocks? settled)
    {
        ArgumentNullException.ThrowIfNull(document);
        changes?.BeginStep(Name);
        var plan = Plan(document);
        settled = plan.Settles;
        if (plan.Edits.Count == 0)
        {
            return ReferenceEquals(plan.Metadata, document.Metadata) ? document : document.WithMetadata(plan.Metadata);
        }

        var rewriter = new TextRewriter(document.Text, changes);
        foreach (var edit in plan.Edits)
        {
            rewriter.Replace(edit.Start, edit.Length, edit.Replacement, edit.Reason);
        }

        return new BlockDocument(rewriter.ToStringAndDispose(), plan.Metadata);
    }

    /// <summary>Runs the pass on plain text: a convenience for tests and callers without metadata.</summary>
    public string Apply(string text, ChangeLog? changes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Apply(new BlockDocument(text), changes).Text;
    }

    /// <summary>The pass's decisions for <paramref name="document"/>; edits in text order, not overlapping.</summary>
    protected abstract BlockPlan Plan(BlockDocument document);

    /// <summary>The pass's <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
