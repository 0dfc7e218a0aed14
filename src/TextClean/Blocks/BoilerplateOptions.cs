namespace TextClean.Blocks;

/// <summary>How a user phrase is matched against a block (case-insensitively, on its letters and digits).</summary>
public enum PhraseMatch
{
    /// <summary>The block is the phrase and nothing else ("Advertisement").</summary>
    Whole,

    /// <summary>The block starts with the phrase ("Photo:").</summary>
    Prefix,

    /// <summary>The phrase appears anywhere in a short block ("indicates required").</summary>
    Contains,

    /// <summary>The block is the phrase, and it starts a boilerplate section that runs to the next
    /// article paragraph, or to the end of the page when little article follows ("News Feed").</summary>
    SectionHeader,
}

/// <summary>A boilerplate phrase: blocks it matches are removed with <see cref="Reason"/>.</summary>
public sealed record BoilerplatePhrase(string Text, PhraseMatch Match, string Reason);

/// <summary>
/// What the boilerplate pass removes. <see cref="Default"/> balances precision and recall;
/// <see cref="Precision"/> removes more to keep only what is surely the article, <see cref="Recall"/>
/// keeps article-like blocks even away from the main body.
/// </summary>
public sealed record BoilerplateOptions
{
    /// <summary>jusText's thresholds: the balance of precision and recall that <c>textclean clean</c> uses.</summary>
    public static BoilerplateOptions Default { get; } = new();

    /// <summary>Boilerplate removal off, for <see cref="CleanerOptions.Boilerplate"/>: every block is kept
    /// (null there does the same).</summary>
    public static BoilerplateOptions Off { get; } = new() { Enabled = false };

    /// <summary>Whether the boilerplate pass runs at all (<see cref="Off"/> is the record with it false).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Keeps only what is surely article text: stricter paragraphs, no short block at the edges of the body.</summary>
    public static BoilerplateOptions Precision { get; } = new()
    {
        GoodLength = 250,
        NearGoodLength = 100,
        GoodStopwordDensity = 0.34,
        NearGoodStopwordDensity = 0.32,
        KeepGoodOutsideBody = false,
    };

    /// <summary>Keeps every block that reads like article text, wherever it is on the page.</summary>
    public static BoilerplateOptions Recall { get; } = new()
    {
        GoodLength = 150,
        NearGoodLength = 50,
        GoodStopwordDensity = 0.28,
        NearGoodStopwordDensity = 0.24,
        KeepGoodOutsideBody = true,
        KeepShortLinesNextToBody = true,
    };

    /// <summary>Characters (spaces excluded) from which a dense block counts as an article paragraph. The
    /// defaults of the length and density thresholds are jusText's own (200, 70, 0.32, 0.30).</summary>
    public int GoodLength { get; init; } = 200;

    /// <summary>Characters from which a dense block counts as a likely paragraph.</summary>
    public int NearGoodLength { get; init; } = 70;

    /// <summary>Share of a paragraph's words that are stopwords of the page's language.</summary>
    public double GoodStopwordDensity { get; init; } = 0.32;

    /// <summary>Share of a block's words that are stopwords from which a block of <see cref="NearGoodLength"/>
    /// characters that ends a sentence counts as a likely paragraph.</summary>
    public double NearGoodStopwordDensity { get; init; } = 0.30;

    /// <summary>Whether article paragraphs away from the main body (before or after it) are kept.</summary>
    public bool KeepGoodOutsideBody { get; init; }

    /// <summary>Whether short lines right before or after the body (a list, a closing line) stay with it
    /// when no rule marks them as furniture.</summary>
    public bool KeepShortLinesNextToBody { get; init; }

    /// <summary>Phrases of your own, matched before the built-in ones.</summary>
    public IReadOnlyList<BoilerplatePhrase> Phrases { get; init; } = [];

    /// <summary>Patterns of your own (.NET regular expressions, run with <c>RegexOptions.NonBacktracking</c>
    /// and ignoring case): a block any of them matches is removed with reason <c>custom</c>.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];
}
