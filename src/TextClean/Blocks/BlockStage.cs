using TextClean.Pipeline;

namespace TextClean.Blocks;

/// <summary>
/// Runs the block passes in order, again and again until a whole round changes nothing (at most
/// <see cref="MaxRounds"/>). Passes see each other's results: a byline that only shows at the top once
/// the navigation above it is gone is read on the next round. Because the stage stops at a fixed point,
/// cleaning its output again removes nothing and finds no new metadata.
/// </summary>
public sealed class BlockStage
{
    private const int MaxRounds = 8;

    private readonly BlockPass[] _passes;

    /// <summary>A stage that runs <paramref name="passes"/> in the order given (<see cref="PassCatalog.BlockPasses"/>
    /// gives the cleaner's).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="passes"/> or one of its passes is null.</exception>
    public BlockStage(IEnumerable<BlockPass> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        _passes = [.. passes];
        foreach (var pass in _passes)
        {
            ArgumentNullException.ThrowIfNull(pass, nameof(passes));
        }
    }

    /// <summary>The passes the stage runs, in order.</summary>
    public IReadOnlyList<BlockPass> Passes => _passes;

    /// <summary>Runs the passes over <paramref name="document"/> until a round changes nothing; returns the
    /// same instance when no pass has anything to do. <paramref name="changes"/>, when given, receives every
    /// removal as a step per pass run.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public BlockDocument Run(BlockDocument document, ChangeLog? changes = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Per pass, the blocks it last settled on (BlockPlan.Settles): met again after the other passes'
        // edits (the render pass only respaces them), they would give it nothing to do.
        SettledBlocks?[]? settled = null;
        for (var round = 0; round < MaxRounds; round++)
        {
            // A pass with nothing to do returns the document it was given.
            var before = document;
            for (var p = 0; p < _passes.Length; p++)
            {
                if (settled?[p] is { } known && known.Matches(document))
                {
                    changes?.BeginStep(_passes[p].Name); // still a step of the log, one without changes
                    continue;
                }

                document = _passes[p].Apply(document, changes, out var settles);
                if (settles is not null)
                {
                    (settled ??= new SettledBlocks?[_passes.Length])[p] = settles;
                }
            }

            if (ReferenceEquals(before, document))
            {
                break;
            }
        }

        return document;
    }
}

/// <summary>The blocks (<paramref name="Blocks"/> of <paramref name="Text"/>, in order) on which a pass
/// removes nothing; see <see cref="BlockPlan.Settles"/>.</summary>
internal sealed record SettledBlocks(string Text, TextBlock[] Blocks)
{
    /// <summary>Whether <paramref name="document"/> cuts into exactly these block texts, in this order.</summary>
    public bool Matches(BlockDocument document)
    {
        var blocks = document.BlockArray;
        if (blocks.Length != Blocks.Length)
        {
            return false;
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            if (!blocks[i].Span(document.Text).SequenceEqual(Blocks[i].Span(Text)))
            {
                return false;
            }
        }

        return true;
    }
}
