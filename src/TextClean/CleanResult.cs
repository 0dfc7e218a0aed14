using TextClean.Dates;
using TextClean.Pipeline;

namespace TextClean;

/// <summary>What <see cref="TextCleaner.Clean(string, bool, ArticleDate?)"/> gives.</summary>
public sealed class CleanResult
{
    internal CleanResult(string text, IReadOnlyList<TextChange> changes)
    {
        Text = text;
        Changes = changes;
    }

    /// <summary>The temporal expressions of <see cref="Text"/> (offsets into it), resolved against the
    /// article's published date when one was found, else the caller's reference date.</summary>
    public IReadOnlyList<DateMention> Dates { get; internal init; } = [];

    /// <summary>The cleaned article text.</summary>
    public string Text { get; }

    /// <summary>What was changed or removed and why; empty unless changes were asked for.</summary>
    public IReadOnlyList<TextChange> Changes { get; }

    /// <summary>The article's headline, when the text has one above its byline.</summary>
    public string? Title { get; internal init; }

    /// <summary>The authors from the byline, in order; empty when there is none.</summary>
    public IReadOnlyList<string> Authors { get; internal init; } = [];

    /// <summary>When the article was published (byline or dateline), at the precision stated.</summary>
    public ArticleDate? Published { get; internal init; }
}
