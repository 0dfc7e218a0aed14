namespace TextClean.Characters;

/// <summary>What the <see cref="MojibakePass"/> repairs besides UTF-8 misread through a code page.</summary>
public sealed record MojibakeOptions
{
    /// <summary>The pass on, with every repair it makes.</summary>
    public static MojibakeOptions Default { get; } = new();

    /// <summary>The pass off, for <see cref="CleanerOptions.Mojibake"/>: the cleaner leaves it out.</summary>
    public static MojibakeOptions Off { get; } = new() { Enabled = false };

    /// <summary>Whether the pass runs at all (<see cref="Off"/> is the record with it false).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>C1 controls (U+0080..U+009F) inside the stretches the pass examines are read as the
    /// Windows-1252 characters they stand for ("\u0093quoted\u0094" becomes “quoted”); the five bytes
    /// Windows-1252 leaves undefined stay as they are. Not public: the one switch for C1 controls is
    /// <see cref="ControlCharacterOptions.RepairC1Controls"/>, which the cleaner hands to this pass too.</summary>
    internal bool RepairC1Controls { get; init; } = true;

    /// <summary>A space where a UTF-8 sequence lacks its last byte is taken for the 0xA0 byte it was
    /// ("voilÃ  le" is "voilà le": the 0xA0 was read as NBSP, which later became a space). On by default.</summary>
    public bool RestoreLostNoBreakSpace { get; init; } = true;
}
