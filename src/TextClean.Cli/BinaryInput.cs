namespace TextClean.Cli;

/// <summary>Inputs that are not text, told by their first bytes: a compressed corpus given as it is (the
/// commonest slip with JSON Lines dumps), JSON Lines saved as UTF-16 (what Windows PowerShell's <c>&gt;</c>
/// writes), or a binary file among the text files. Cleaning one would give pages of garbage, or an error
/// record for every line, so the user is told what it is and how to read it instead.</summary>
internal static class BinaryInput
{
    /// <summary>How far a NUL byte is looked for, as git and diff look to tell binary from text.</summary>
    private const int SniffBytes = 8000;

    /// <summary>Enough for the longest signature told here (bzip2's: "BZh9" and a block's magic number).</summary>
    private const int MagicBytes = 16;

    private static readonly (string Format, byte[] Magic, string Tool)[] Compressed =
    [
        ("gzip", [0x1F, 0x8B], "zcat"),
        ("zstd", [0x28, 0xB5, 0x2F, 0xFD], "zstdcat"),
        ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xzcat"),
        ("zip", [(byte)'P', (byte)'K', 0x03, 0x04], "unzip -p"),
    ];

    /// <summary>"gzip-compressed; decompress it first (zcat FILE | textclean ...)" and the like, or null when
    /// the input does not start as a compressed file does.</summary>
    public static string? CompressedFormat(ReadOnlySpan<byte> start)
    {
        foreach (var (format, magic, tool) in Compressed)
        {
            if (start.StartsWith(magic))
            {
                return Decompress(format, tool);
            }
        }

        return IsBzip2(start) ? Decompress("bzip2", "bzcat") : null;
    }

    private static string Decompress(string format, string tool) => $"it is {format}-compressed; decompress it first ({tool} FILE | textclean ...)";

    /// <summary>bzip2's "BZh" is ASCII, so a text may start with it ("BZhang said"): the block size digit and
    /// the magic number of the first block (pi's digits), or of the end of an empty stream (sqrt(pi)'s), must
    /// follow.</summary>
    private static bool IsBzip2(ReadOnlySpan<byte> start) =>
        start is [(byte)'B', (byte)'Z', (byte)'h', >= (byte)'1' and <= (byte)'9', .. var block]
        && (block.StartsWith((ReadOnlySpan<byte>)[0x31, 0x41, 0x59, 0x26, 0x53, 0x59])
            || block.StartsWith((ReadOnlySpan<byte>)[0x17, 0x72, 0x45, 0x38, 0x50, 0x90]));

    /// <summary>Why an input that starts with <paramref name="start"/> is not JSON Lines, when its first bytes
    /// say it: compressed, or UTF-16 or UTF-32 by its byte-order mark (JSON Lines is UTF-8); else null.</summary>
    public static string? NotJsonLines(ReadOnlySpan<byte> start) =>
        CompressedFormat(start) ?? (
            start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? Utf8Needed("UTF-32LE")
            : start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) ? Utf8Needed("UTF-32BE")
            : start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Utf8Needed("UTF-16LE")
            : start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Utf8Needed("UTF-16BE")
            : null);

    private static string Utf8Needed(string encoding) =>
        $"it is {encoding} (its byte-order mark says so) and JSON Lines is UTF-8; convert it first (iconv -f {encoding} -t UTF-8 FILE | textclean ...)";

    /// <summary>As <see cref="NotJsonLines(ReadOnlySpan{byte})"/>, for a stream that can seek (a file, or one
    /// redirected to standard input), which is left where it was; null for a pipe, whose bytes cannot be read
    /// twice (there the first record's error says it).</summary>
    public static string? NotJsonLines(Stream input)
    {
        if (!input.CanSeek)
        {
            return null;
        }

        var position = input.Position;
        Span<byte> start = stackalloc byte[MagicBytes];
        var read = input.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        input.Position = position;
        return NotJsonLines(start[..read]);
    }

    /// <summary>Whether the input looks binary: a NUL byte near its start, where text has none. UTF-16 or UTF-32
    /// with a byte-order mark is text; without one it is reported too, as it would be read wrongly.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> start) =>
        !start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        && !start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) // UTF-32 LE's mark starts as UTF-16 LE's
        && start[..Math.Min(start.Length, SniffBytes)].Contains((byte)0);
}
