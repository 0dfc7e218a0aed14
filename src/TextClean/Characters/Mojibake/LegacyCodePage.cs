using System.Collections.Frozen;

namespace TextClean.Characters.Mojibake;

/// <summary>
/// A single-byte code page read the "sloppy" way: ASCII is itself, bytes 0x80..0xFF map through a table,
/// and the bytes the code page leaves undefined read as the Latin-1 character of the same value, so every
/// byte has a character and every such character has its byte back. U+FFFD maps to 0x1A (SUB): text that
/// went through a lossy decoder keeps a marker where a byte was lost, which the island scanner understands.
/// </summary>
internal sealed class LegacyCodePage
{
    /// <summary>The marker byte U+FFFD encodes to (ASCII SUB, as ftfy's sloppy codecs do).</summary>
    public const byte LostByte = 0x1A;

    /// <summary>Characters below this are looked up in an array (byte + 1, 0 for none), the rest in a
    /// dictionary: nearly every character of these pages lies below it.</summary>
    private const int DirectLimit = 0x2600;

    private readonly string _upperHalf;
    private readonly ushort[] _directBytes = new ushort[DirectLimit];
    private readonly FrozenDictionary<char, byte> _bytes;
    private readonly bool[] _undefined = new bool[128];

    public LegacyCodePage(string name, double prior, string upperHalf, byte[] undefinedBytes)
    {
        // MojibakePass's clean-text screen relies on costs never being negative.
        ArgumentOutOfRangeException.ThrowIfNegative(prior);
        Prior = prior;
        if (upperHalf.Length != 128)
        {
            throw new ArgumentException("A code page's upper half has 128 characters.", nameof(upperHalf));
        }

        Name = name;
        _upperHalf = upperHalf;
        foreach (var b in undefinedBytes)
        {
            _undefined[b - 0x80] = true;
        }

        var bytes = new Dictionary<char, byte> { ['\uFFFD'] = LostByte };
        for (var i = 0; i < 128; i++)
        {
            bytes[upperHalf[i]] = (byte)(0x80 + i);
        }

        AlsoReadBack = name switch
        {
            "windows-1252" => [.. Enumerable.Range(0x80, 0x20).Select(b => ((char)b, (byte)b))],
            "macintosh" => [('\u2126', 0xBD)],
            "windows-1253" => [('\uF8F9', 0xAA), ('\uF8FA', 0xD2), ('\uF8FB', 0xFF)],
            "windows-1257" => [('\uF8FC', 0xA1), ('\uF8FD', 0xA5)],
            _ => [],
        };
        foreach (var (c, b) in AlsoReadBack)
        {
            bytes.TryAdd(c, b);
        }

        foreach (var (c, b) in bytes)
        {
            if (c < DirectLimit)
            {
                _directBytes[c] = (ushort)(b + 1);
            }
        }

        _bytes = bytes.Where(pair => pair.Key >= DirectLimit).ToFrozenDictionary();
    }

    public string Name { get; }

    /// <summary>Characters that other readings of this page's bytes give, taken back to those bytes too.
    /// Windows-1252: the C1 controls, since UTF-8 read as Latin-1 (which leaves them) and as Windows-1252 are
    /// the same damage, and real text often mixes both readings. MacRoman: the ohm sign U+2126, which the
    /// original Apple table, Java and .NET give for 0xBD, where Apple's current table and Python give Ω U+03A9
    /// ("Œ\u2126" is the Greek "ν", "¬\u2126" is "½"). Windows-1253 and -1257: the private-use characters
    /// that Windows' own conversion (MultiByteToWideChar, and .NET's code pages) gives for the bytes these
    /// pages leave undefined, so that "ê" (C3 AA) read as Windows-1253 is "Γ\uF8F9".</summary>
    public IReadOnlyList<(char Char, byte Byte)> AlsoReadBack { get; }

    /// <summary>The plausibility cost of assuming text was misread through this page (see the generator).</summary>
    public double Prior { get; }

    /// <summary>The non-ASCII characters of this code page (what its bytes 0x80..0xFF read as).</summary>
    public ReadOnlySpan<char> UpperHalf => _upperHalf;

    public char ToChar(byte b) => b < 0x80 ? (char)b : _upperHalf[b - 0x80];

    /// <summary>Whether the code page itself defines the byte (a strict decoder accepts it).</summary>
    public bool IsDefined(byte b) => b < 0x80 || !_undefined[b - 0x80];

    /// <summary>The byte <paramref name="c"/> was read from, or -1 when this code page cannot produce it.</summary>
    public int ToByte(char c) => c < 0x80 ? c
        : c < DirectLimit ? _directBytes[c] - 1
        : _bytes.TryGetValue(c, out var b) ? b : -1;
}
