namespace TextClean.Characters;

/// <summary>What the <see cref="MojibakePass"/> repairs besides UTF-8 misread through a code page.</summary>
public sealed record MojibakeOptions
{
    /// <summary>The pass on, with every repair it makes.</summary>
    public static MojibakeOptions Default { get; } = new();

    /// <summary>Whether the pass runs at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>C1 controls (U+0080..U+009F) left by reading Windows-1252 text as Latin-1 become the
    /// Windows-1252 characters they stand for ("\u0093quoted\u0094" becomes “quoted”). The five bytes
    /// Windows-1252 leaves undefined stay as they are. On by default.</summary>
    public bool RepairC1Controls { get; init; } = true;

    /// <summary>A space where a UTF-8 sequence lacks its last byte is taken for the 0xA0 byte it was
    /// ("voilÃ  le" is "voilà le": the 0xA0 was read as NBSP, which later became a space). On by default.</summary>
    public bool RestoreLostNoBreakSpace { get; init; } = true;
}
