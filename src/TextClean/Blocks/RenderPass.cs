namespace TextClean.Blocks;

/// <summary>
/// The last block pass: body paragraphs separated by exactly one blank line, nothing before the first
/// or after the last. Lines inside a hard-wrapped paragraph stay as they are.
/// </summary>
public sealed class RenderPass : BlockPass
{
    /// <summary>Space between blocks made one blank line, or removed at the text's start and end.</summary>
    public const string Reason = "paragraph-break";

    private const string Separator = "\n\n";

    /// <inheritdoc />
    public override string Name => "render";

    /// <inheritdoc />
    protected override BlockPlan Plan(BlockDocument document)
    {
        var text = document.Text;
        var blocks = document.BlockArray;
        var edits = new List<BlockEdit>();
        if (blocks.Length == 0)
        {
            if (text.Length > 0)
            {
                edits.Add(new BlockEdit(0, text.Length, "", Reason));
            }

            return new BlockPlan(edits, document.Metadata);
        }

        if (blocks[0].Start > 0)
        {
            edits.Add(new BlockEdit(0, blocks[0].Start, "", Reason));
        }

        for (var i = 1; i < blocks.Length; i++)
        {
            var gapStart = blocks[i - 1].End;
            var gap = text.AsSpan(gapStart, blocks[i].Start - gapStart);
            if (!gap.SequenceEqual(Separator))
            {
                edits.Add(new BlockEdit(gapStart, gap.Length, Separator, Reason));
            }
        }

        if (blocks[^1].End < text.Length)
        {
            edits.Add(new BlockEdit(blocks[^1].End, text.Length - blocks[^1].End, "", Reason));
        }

        return new BlockPlan(edits, document.Metadata);
    }
}
