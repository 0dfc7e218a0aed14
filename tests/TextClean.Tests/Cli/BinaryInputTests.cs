using System.IO.Compression;
using System.Text;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>Inputs that are not text: a compressed file is refused with what it is and how to read it (in
/// plain mode and --jsonl alike) and the other files go on; a file with a NUL byte near its start is read as
/// text with a warning. Rows are hex bytes.</summary>
public sealed class BinaryInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("textclean-binary-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("1F8B0800", "it is gzip-compressed; decompress it first (zcat FILE | textclean ...)")]
    [InlineData("28B52FFD00", "it is zstd-compressed; decompress it first (zstdcat FILE | textclean ...)")]
    [InlineData("FD377A585A0000", "it is xz-compressed; decompress it first (xzcat FILE | textclean ...)")]
    [InlineData("425A683931415926535900", "it is bzip2-compressed; decompress it first (bzcat FILE | textclean ...)")]
    [InlineData("425A6839177245385090000000", "it is bzip2-compressed; decompress it first (bzcat FILE | textclean ...)")] // empty
    [InlineData("425A68616E6720736169640A", null)] // "BZhang said\n": text
    [InlineData("425A6839", null)] // "BZh9": text
    [InlineData("504B0304", "it is zip-compressed; decompress it first (unzip -p FILE | textclean ...)")]
    [InlineData("1F", null)]
    [InlineData("7B226964223A317D", null)] // {"id":1}
    [InlineData("", null)]
    public void A_compressed_file_is_told_by_its_first_bytes(string hex, string? expected)
    {
        Assert.Equal(expected, BinaryInput.CompressedFormat(Convert.FromHexString(hex)));
        Assert.Equal(expected, BinaryInput.NotJsonLines(Convert.FromHexString(hex)));
        using var stream = new MemoryStream(Convert.FromHexString("00" + hex)) { Position = 1 };
        Assert.Equal(expected, BinaryInput.NotJsonLines(stream));
        Assert.Equal(1, stream.Position); // left where it was, for the reader
    }

    [Theory]
    [InlineData("FFFE7B00", "UTF-16LE")] // what PowerShell's > writes
    [InlineData("FEFF007B", "UTF-16BE")]
    [InlineData("FFFE00007B000000", "UTF-32LE")]
    [InlineData("0000FEFF0000007B", "UTF-32BE")]
    [InlineData("EFBBBF7B", null)] // UTF-8's mark: JSON Lines, read without it
    public void Json_lines_in_another_encoding_than_utf8_is_told_by_its_mark(string hex, string? encoding)
    {
        var expected = encoding is null ? null
            : $"it is {encoding} (its byte-order mark says so) and JSON Lines is UTF-8; convert it first (iconv -f {encoding} -t UTF-8 FILE | textclean ...)";
        Assert.Equal(expected, BinaryInput.NotJsonLines(Convert.FromHexString(hex)));
        Assert.Null(BinaryInput.CompressedFormat(Convert.FromHexString(hex))); // plain mode reads them as text
    }

    [Theory]
    [InlineData("7465787400", true)] // "text\0"
    [InlineData("7465787420", false)]
    [InlineData("FFFE74006500", false)] // UTF-16 LE with its mark: text
    [InlineData("FEFF00740065", false)]
    [InlineData("740065007800", true)] // UTF-16 LE without a mark
    [InlineData("FFFE000074000000", false)] // UTF-32 with its mark: text
    [InlineData("0000FEFF00000074", false)]
    [InlineData("", false)]
    public void A_nul_byte_near_the_start_looks_binary(string hex, bool binary) =>
        Assert.Equal(binary, BinaryInput.LooksBinary(Convert.FromHexString(hex)));

    [Fact]
    public void Plain_mode_refuses_a_compressed_file_warns_of_a_binary_one_and_goes_on_with_the_others()
    {
        var compressed = Path.Combine(_folder, "corpus.txt.gz");
        using (var gzip = new GZipStream(File.Create(compressed), CompressionLevel.Fastest))
        {
            gzip.Write("Compressed text.\n"u8);
        }

        var plain = Path.Combine(_folder, "b.txt");
        File.WriteAllText(plain, "Plain text.\n");

        var binary = Path.Combine(_folder, "c.bin");
        File.WriteAllBytes(binary, [.. "ELF"u8, 0, 0, .. "more"u8]);

        var options = CliOptions.Parse(["fix", compressed, plain, binary]);
        using var output = new MemoryStream();
        var errors = new StringWriter { NewLine = "\n" };
        Assert.Equal(1, Program.RunPlain(options, new RecordProcessor(options), output, progress: null, errors));
        Assert.Equal("Plain text.\nELFmore\n", Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(
            $"textclean: cannot read '{compressed}': it is gzip-compressed; decompress it first (zcat FILE | textclean ...)\n" +
            $"textclean: warning: '{binary}' looks binary (a NUL byte near its start), or is UTF-16 without a byte-order mark; read as text\n",
            errors.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Plain_mode_reads_a_utf32_file_by_its_mark(bool bigEndian)
    {
        var file = Path.Combine(_folder, bigEndian ? "be.txt" : "le.txt");
        File.WriteAllBytes(file, new UTF32Encoding(bigEndian, byteOrderMark: true).GetPreamble().Concat(new UTF32Encoding(bigEndian, false).GetBytes("Caf\u00E9 “ok”\n")).ToArray());

        var options = CliOptions.Parse(["fix", file]);
        using var output = new MemoryStream();
        var errors = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, Program.RunPlain(options, new RecordProcessor(options), output, progress: null, errors));
        Assert.Equal("Caf\u00E9 “ok”\n", Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal("", errors.ToString());
    }

    [Fact]
    public void A_compressed_json_lines_line_says_so_in_its_error_record()
    {
        var options = CliOptions.Parse(["fix", "--jsonl"]);
        using var output = new MemoryStream();
        var input = new NonSeekableStream([0x1F, 0x8B, 0x08, 0x00, (byte)'\n']);
        new JsonlRunner(options, new RecordProcessor(options)).Run(input, output);
        Assert.Equal(
            """{"id":null,"error":"invalid JSON at byte 1: '0x1F' is an invalid start of a value. (the input is not JSON Lines: it is gzip-compressed; decompress it first (zcat FILE | textclean ...))"}""",
            Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n'));
    }

    /// <summary>A pipe: its bytes cannot be looked at before they are read.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
