namespace TextClean.Dates;

/// <summary>Which field comes first in an all-numeric date such as 04/05/2023 when the numbers
/// themselves do not tell (a field above 12 is always the day).</summary>
public enum NumericDateOrder
{
    /// <summary>The language's habit: month first for English (US news), day first for dotted dates.</summary>
    LanguageDefault,

    /// <summary>04/05/2023 is April 5.</summary>
    MonthFirst,

    /// <summary>04/05/2023 is 4 May.</summary>
    DayFirst,
}

/// <summary>What a <see cref="DateExtractor"/> recognizes and how it reads ambiguous forms.</summary>
public sealed record DateOptions
{
    /// <summary>English, numeric dates in the language's own order.</summary>
    public static DateOptions Default { get; } = new();

    /// <summary>Dates off, for <see cref="CleanerOptions.Dates"/>: <c>Clean</c> extracts none.</summary>
    public static DateOptions Off { get; } = new() { Enabled = false };

    /// <summary>Whether <c>TextCleaner.Clean</c> extracts dates (<see cref="Off"/> is the record with it
    /// false). A <see cref="DateExtractor"/> called directly extracts them either way.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The words of the text's language (month and weekday names, number words, cue words).</summary>
    public DateLanguage Language { get; init; } = DateLanguage.English;

    /// <summary>How 04/05/2023 is read when both fields could be the month.</summary>
    public NumericDateOrder NumericOrder { get; init; } = NumericDateOrder.LanguageDefault;
}
