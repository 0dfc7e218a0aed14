using System.Buffers;

namespace TextClean.Dates;

/// <summary>
/// Finds temporal expressions in text and resolves them to TIMEX3 values:
/// <c>DateExtractor.Default.Extract(text, reference)</c>. A hand-written tokenizer and a pattern matcher
/// over tokens (no regular expressions), linear in the text. Immutable and thread-safe.
/// </summary>
public sealed class DateExtractor
{
    /// <summary>An extractor that reads text as <paramref name="options"/> say (language, numeric date order).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its language is null.</exception>
    public DateExtractor(DateOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        ArgumentNullException.ThrowIfNull(options.Language, nameof(options.Language));
    }

    /// <summary>An extractor with <see cref="DateOptions.Default"/> (English).</summary>
    public static DateExtractor Default { get; } = new(DateOptions.Default);

    /// <summary>The options the extractor was built from.</summary>
    public DateOptions Options { get; }

    /// <summary>The temporal expressions of <paramref name="text"/> in order, with offsets in UTF-16 code
    /// units. Relative expressions resolve against <paramref name="reference"/> (the article's publication
    /// date); without one they keep TIMEX3 placeholders such as <c>XXXX-08-30</c>.</summary>
    public IReadOnlyList<DateMention> Extract(string text, ArticleDate? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text.AsMemory(), reference);
    }

    /// <summary>The temporal expressions of <paramref name="text"/>, a text in a buffer of the caller's (a
    /// decoding buffer reused from record to record), as <see cref="Extract(string, ArticleDate?)"/> finds them;
    /// offsets are into <paramref name="text"/>, and each mention's text is its own string, so the buffer
    /// may be reused once the call returns (not changed during it).</summary>
    public IReadOnlyList<DateMention> Extract(ReadOnlyMemory<char> text, ArticleDate? reference = null)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        var tokens = ArrayPool<Token>.Shared.Rent(DateParser.WindowSize);
        try
        {
            return new DateParser(text, tokens, reference, Options).Parse();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }
}
