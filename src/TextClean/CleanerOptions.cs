using TextClean.Words;
using TextClean.Blocks;
using TextClean.Dates;

namespace TextClean;

/// <summary>How quotes and apostrophes are treated.</summary>
public enum QuoteStyle
{
    /// <summary>Apostrophe look-alikes inside words (U+02BC in "Russiaʼs", U+00B4, U+0060), and U+02BC at an edge of a
    /// word beside an ASCII letter or digit ("farmersʼ", "ʼTwas"), become ’; nothing else changes.</summary>
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
/// <remarks>
/// One property per capability, turned off one way: a capability with modes (<see cref="Quotes"/>,
/// <see cref="Whitespace"/>, as the CLI's <c>--quotes</c> and <c>--whitespace</c>) takes its <c>Keep</c>
/// mode; every other takes its options record's <c>Off</c>, the record with <c>Enabled</c> false:
/// <c>CleanerOptions.Default with { Mojibake = MojibakeOptions.Off, Dates = DateOptions.Off }</c>.
/// <see cref="WordRepairOptions.None"/> and a null <see cref="Boilerplate"/> still mean off too.
/// </remarks>
public sealed record CleanerOptions
{
    /// <summary>Every capability on, as <c>textclean clean</c> runs by default.</summary>
    public static CleanerOptions Default { get; } = new();

    /// <summary>Apostrophe look-alikes and curly quotes: <see cref="QuoteStyle.Keep"/> turns the quotes pass off.</summary>
    public QuoteStyle Quotes { get; init; } = QuoteStyle.Normalize;

    /// <summary>Odd and invisible whitespace: <see cref="WhitespaceMode.Keep"/> turns the whitespace pass off.</summary>
    public WhitespaceMode Whitespace { get; init; } = WhitespaceMode.Normalize;

    // The character passes' own switches (quotes and whitespace are the two above); each has Enabled.

    /// <summary>HTML entities and numeric character references.</summary>
    public Characters.HtmlEntityOptions HtmlEntities { get; init; } = Characters.HtmlEntityOptions.Default;

    /// <summary>Control characters, terminal escape sequences and noncharacters.</summary>
    public Characters.ControlCharacterOptions Controls { get; init; } = Characters.ControlCharacterOptions.Default;

    /// <summary>Details of <see cref="WhitespaceMode.Normalize"/>.</summary>
    public Characters.WhitespaceOptions WhitespaceDetails { get; init; } = Characters.WhitespaceOptions.Default;

    /// <summary>Latin ligatures, fullwidth and halfwidth forms.</summary>
    public Characters.WidthOptions Width { get; init; } = Characters.WidthOptions.Default;

    /// <summary>Unicode NFC.</summary>
    public Characters.NormalizationOptions Normalization { get; init; } = Characters.NormalizationOptions.Default;

    /// <summary>Mojibake repair: UTF-8 misread through a legacy code page.</summary>
    public Characters.MojibakeOptions Mojibake { get; init; } = Characters.MojibakeOptions.Default;
    /// <summary>In-word damage and line-break hyphenation: which word passes run, with which lexicon.</summary>
    public WordRepairOptions WordRepair { get; init; } = WordRepairOptions.Default;
    /// <summary>Boilerplate removal in <c>Clean</c>: <see cref="BoilerplateOptions.Default"/>, a preset
    /// (<see cref="BoilerplateOptions.Precision"/>, <see cref="BoilerplateOptions.Recall"/>), or
    /// <see cref="BoilerplateOptions.Off"/> (or null) to keep every block.</summary>
    public BoilerplateOptions? Boilerplate { get; init; } = BoilerplateOptions.Default;
    /// <summary>How temporal expressions are found and read (language, numeric date order);
    /// <see cref="DateOptions.Off"/> and <c>Clean</c> extracts none.</summary>
    public DateOptions Dates { get; init; } = DateOptions.Default;
}
