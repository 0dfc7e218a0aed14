namespace TextClean.Blocks;

/// <summary>What the metadata pass found about the article. Immutable.</summary>
public sealed record ArticleMetadata
{
    /// <summary>Nothing found yet: no title, no authors, no date.</summary>
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

    /// <summary>A document of <paramref name="text"/>, carrying <paramref name="metadata"/> (none when null).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public BlockDocument(string text, ArticleMetadata? metadata = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Metadata = metadata ?? ArticleMetadata.Empty;
    }

    /// <summary>The text as the passes so far left it.</summary>
    public string Text { get; }

    /// <summary>What the passes so far found about the article; <see cref="ArticleMetadata.Empty"/> at first.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>The blocks of <see cref="Text"/>, cut on first use.</summary>
    public IReadOnlyList<TextBlock> Blocks => _blocks ??= BlockSegmenter.Split(Text);

    internal TextBlock[] BlockArray => _blocks ??= BlockSegmenter.Split(Text);

    /// <summary>This text with <paramref name="metadata"/>: the blocks, once cut, are the same, so the next pass
    /// does not cut the text again.</summary>
    internal BlockDocument WithMetadata(ArticleMetadata metadata) => new(Text, metadata) { _blocks = _blocks };
}
