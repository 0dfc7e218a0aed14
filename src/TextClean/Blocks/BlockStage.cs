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

    public BlockStage(IEnumerable<BlockPass> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        _passes = [.. passes];
        foreach (var pass in _passes)
        {
            ArgumentNullException.ThrowIfNull(pass, nameof(passes));
        }
    }

    public IReadOnlyList<BlockPass> Passes => _passes;

    public BlockDocument Run(BlockDocument document, ChangeLog? changes = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var round = 0; round < MaxRounds; round++)
        {
            // A pass with nothing to do returns the document it was given.
            var before = document;
            foreach (var pass in _passes)
            {
                document = pass.Apply(document, changes);
            }

            if (ReferenceEquals(before, document))
            {
                break;
            }
        }

        return document;
    }
}
