namespace TextClean.Blocks;

/// <summary>What the metadata pass found about the article. Immutable.</summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    /// <summary>The headline, when the text has one before its byline.</summary>
    public string? Title { get; init; }

    /// <summary>The people or desks in the byline, in order; an editor is not an author.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>When the article was published, at the precision the text states it.</summary>
    public ArticleDate? Published { get; init; }
}

/// <summary>
/// The text the block passes hand to each other, cut into <see cref="Blocks"/>, with the metadata found
/// so far. Immutable: a pass returns a new document.
/// </summary>
public sealed class BlockDocument
{
    private TextBlock[]? _blocks;

    public BlockDocument(string text, ArticleMetadata? metadata = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Metadata = metadata ?? ArticleMetadata.Empty;
    }

    internal BlockDocument(string text, ArticleMetadata metadata, SettledBlocks? settled)
        : this(text, metadata)
    {
        Settled = settled;
    }

    public string Text { get; }

    public ArticleMetadata Metadata { get; }

    /// <summary>The blocks of <see cref="Text"/>, cut on first use.</summary>
    public IReadOnlyList<TextBlock> Blocks => _blocks ??= BlockSegmenter.Split(Text);

    internal TextBlock[] BlockArray => _blocks ??= BlockSegmenter.Split(Text);

    /// <summary>Block texts a pass has shown to be its fixed point, carried through later edits so that
    /// the pass, shown the same blocks again, can answer "nothing to do" without working it out again.</summary>
    internal SettledBlocks? Settled { get; }
}

/// <summary>The blocks (<paramref name="Blocks"/> of <paramref name="Text"/>, in order) on which
/// <paramref name="Pass"/> removes nothing. A pass may rely on it only when its decisions are a function
/// of the ordered block texts alone.</summary>
internal sealed record SettledBlocks(BlockPass Pass, string Text, TextBlock[] Blocks)
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
