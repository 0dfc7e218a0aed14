using TextClean.Dates;

namespace TextClean;

/// <summary>How quotes and apostrophes are treated.</summary>
public enum QuoteStyle
{
    /// <summary>Apostrophe look-alikes inside words (U+02BC in "Russiaʼs", U+00B4, U+0060) become ’; nothing else changes.</summary>
    Normalize,

    /// <summary>Quotes are left as they are.</summary>
    Keep,

    /// <summary>Every curly quote and look-alike becomes ' or " (what ftfy does by default).</summary>
    Ascii,
}

/// <summary>Whether odd and invisible whitespace is normalized.</summary>
public enum WhitespaceMode
{
    /// <summary>NBSP and other spaces become a space, invisible characters go, line breaks become LF,
    /// runs of spaces collapse and line ends are trimmed.</summary>
    Normalize,

    /// <summary>Whitespace is left as it is.</summary>
    Keep,
}

/// <summary>
/// What a <see cref="TextCleaner"/> does. A built cleaner never changes: make a new one from
/// <c>options with { ... }</c> to change anything.
/// </summary>
public sealed record CleanerOptions
{
    public static CleanerOptions Default { get; } = new();

    public QuoteStyle Quotes { get; init; } = QuoteStyle.Normalize;

    public WhitespaceMode Whitespace { get; init; } = WhitespaceMode.Normalize;

    /// <summary>How temporal expressions are found and read (language, numeric date order).</summary>
    public DateOptions Dates { get; init; } = DateOptions.Default;
}
