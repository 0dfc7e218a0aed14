namespace TextClean.Words;

/// <summary>What the word passes do (<see cref="CleanerOptions.WordRepair"/>).</summary>
public sealed record WordRepairOptions
{
    /// <summary>Both passes on, with the embedded English lexicon.</summary>
    public static WordRepairOptions Default { get; } = new();

    /// <summary>No word pass runs (both passes switched off; <see cref="Off"/> does the same).</summary>
    public static WordRepairOptions None { get; } = new() { InWordRepair = false, Dehyphenation = false };

    /// <summary>Word repair off, for <see cref="CleanerOptions.WordRepair"/>: neither word pass runs.</summary>
    public static WordRepairOptions Off { get; } = new() { Enabled = false };

    /// <summary>Whether word repair runs at all; when it does, <see cref="InWordRepair"/> and
    /// <see cref="Dehyphenation"/> say which passes.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Repair words with one or two letters replaced by a symbol or digit ("negotiati]ns").</summary>
    public bool InWordRepair { get; init; } = true;

    /// <summary>Rejoin words split by a hyphen at a line break ("nego-\ntiations") or by a hyphen and
    /// a space ("gov- ernment").</summary>
    public bool Dehyphenation { get; init; } = true;

    /// <summary>The words of the text's language: <see cref="Lexicon.English"/> by default, or
    /// <see cref="Lexicon.FromWords(IEnumerable{string}, string)"/> for another one.</summary>
    public Lexicon Lexicon { get; init; } = Lexicon.English;
}
