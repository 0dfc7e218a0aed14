using System.Text;
using Microsoft.Win32.SafeHandles;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>A JSON Lines file large enough to be mapped gives exactly what the same bytes give through a
/// stream; batches of a mapped file are cut after whole lines.</summary>
public sealed class MappedInputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("textclean-mapped-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("\n", false, true)]
    [InlineData("\r\n", false, true)]
    [InlineData("\n", true, true)]   // a byte-order mark first
    [InlineData("\n", false, false)] // no line feed after the last record
    [InlineData("\r\n", true, false)]
    public void A_mapped_file_gives_what_the_stream_gives(string lineEnd, bool byteOrderMark, bool finalLineEnd)
    {
        var bytes = Records(lineEnd, byteOrderMark, finalLineEnd);
        Assert.True(bytes.Length >= MappedInput.MinimumBytes, "the input must be large enough to be mapped");
        var path = Path.Combine(_directory, "records.jsonl");
        File.WriteAllBytes(path, bytes);

        foreach (var threads in new[] { "1", "3" })
        {
            var fromStream = Run(new MemoryStream(bytes), threads);
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
            using (var mapped = MappedInput.TryMap(file))
            {
                Assert.NotNull(mapped); // the run below takes the mapped path
            }

            Assert.Equal(fromStream, Run(file, threads));
        }
    }

    [Fact]
    public void A_mapped_file_is_read_from_the_streams_position()
    {
        var records = Records("\n", byteOrderMark: false, finalLineEnd: true);
        var skipped = "{\"id\":\"skipped\",\"text\":\"x\"}\n"u8.ToArray();
        var path = Path.Combine(_directory, "offset.jsonl");
        File.WriteAllBytes(path, [.. skipped, .. records]);

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
        file.Position = skipped.Length;

        Assert.Equal(Run(new MemoryStream(records), "2"), Run(file, "2"));
    }

    [Fact]
    public void Small_files_and_streams_that_cannot_seek_are_not_mapped()
    {
        var path = Path.Combine(_directory, "small.jsonl");
        File.WriteAllText(path, "{\"id\":1,\"text\":\"a\"}\n");
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read);

        Assert.Null(MappedInput.TryMap(file));
        Assert.Null(MappedInput.TryMap(new MemoryStream(new byte[2 * MappedInput.MinimumBytes])));
    }

    [Fact]
    public void No_mmap_reads_the_file_through_the_stream_with_the_same_output()
    {
        var bytes = Records("\n", byteOrderMark: false, finalLineEnd: true);
        var path = Path.Combine(_directory, "read.jsonl");
        File.WriteAllBytes(path, bytes);

        using var mapped = new ReadCountingFileStream(path);
        var fromMapping = Run(mapped, "2");
        using var read = new ReadCountingFileStream(path);
        var fromReads = Run(read, "2", "--no-mmap");

        Assert.Equal(0, mapped.Reads);
        Assert.True(read.Reads > 0, "--no-mmap must read the file");
        Assert.Equal(fromMapping, fromReads);
        Assert.Equal(Run(new MemoryStream(bytes), "2"), fromReads);
    }

    /// <summary>The shell shares standard input's offset with whatever reads it next (<c>textclean - -</c>,
    /// <c>(textclean; cat) &lt; file</c>): reading it to its end, mapped or streamed, leaves the offset there,
    /// as read(2) does, so that nothing is read twice.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Standard_input_is_left_at_the_end_of_what_was_read(bool largeEnoughToMap)
    {
        var records = largeEnoughToMap ? Records("\n", byteOrderMark: false, finalLineEnd: true) : "{\"id\":1,\"text\":\"a\"}\n"u8.ToArray();
        var skipped = "{\"id\":\"skipped\",\"text\":\"x\"}\n"u8.ToArray();
        var path = Path.Combine(_directory, "stdin.jsonl");
        File.WriteAllBytes(path, [.. skipped, .. records]);
        using var descriptor = File.OpenHandle(path);
        using (var before = new FileStream(new SafeFileHandle(descriptor.DangerousGetHandle(), ownsHandle: false), FileAccess.Read, bufferSize: 0))
        {
            before.ReadExactly(new byte[skipped.Length]);
            _ = before.SafeFileHandle; // as a shell's read that stops after one line
        }

        string output;
        using (var input = new MappedInput.SharedOffsetFileStream(new SafeFileHandle(descriptor.DangerousGetHandle(), ownsHandle: false)))
        {
            using (var mapped = MappedInput.TryMap(input))
            {
                Assert.Equal(largeEnoughToMap, mapped is not null); // the run below takes the path this row is for
            }

            output = Run(input, "2");
        }

        using var next = new MappedInput.SharedOffsetFileStream(new SafeFileHandle(descriptor.DangerousGetHandle(), ownsHandle: false));
        Assert.Equal(Run(new MemoryStream(records), "2"), output);
        Assert.Equal(skipped.Length + records.Length, next.Position);
        Assert.Equal("", Run(next, "1"));
    }

    [Theory]
    [InlineData("aaaa\nbbbb\ncc", 0, 11, 10)]      // up to the last line feed in the window
    [InlineData("aaaa\nbbbb\ncc", 0, 8, 5)]
    [InlineData("aaaa\nbbbb\ncc", 5, 8, 7)]        // the rest fits
    [InlineData("aaaaaaaaaaaa\nbb", 0, 4, 13)]     // a line longer than a batch goes whole
    [InlineData("aaaaaaaaaaaa", 0, 4, 12)]         // up to the end when no line feed follows
    [InlineData("aaaaaaaaa\nbb\n", 0, 4, 10)]
    public void Batches_of_a_mapped_file_end_after_whole_lines(string content, long position, int batchBytes, int expected)
    {
        var path = Path.Combine(_directory, "cut.jsonl");
        File.WriteAllText(path, content);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
        using var mapped = MappedInput.TryMap(file, minimumBytes: 1);

        Assert.NotNull(mapped);
        Assert.Equal(expected, JsonlRunner.WholeLinesLength(mapped, position, batchBytes));
    }

    /// <summary>About 1.5 MB of records of every size (some longer than a batch, some blank lines, bad
    /// lines, non-ASCII text and escapes), so that batches are cut at many places.</summary>
    private static byte[] Records(string lineEnd, bool byteOrderMark, bool finalLineEnd)
    {
        var text = new StringBuilder();
        if (byteOrderMark)
        {
            text.Append('\uFEFF');
        }

        var random = new Random(7);
        var i = 0;
        while (text.Length < 1_500_000)
        {
            var body = (i % 97) switch
            {
                0 => new string('x', 1_200_000),                       // longer than a batch
                1 => "caf\\u00e9 \u00E2\u20AC\u0153quoted\u00E2\u20AC\u009D",
                2 => "line\\nbreak \\ud800 &amp;amp; negotiati]ns",
                _ => new string('a', random.Next(0, 400)) + " text " + i,
            };
            text.Append(i % 53 == 5 ? "   " : i % 89 == 7 ? "{not json" : $"{{\"id\":{i},\"text\":\"{body}\"}}");
            text.Append(lineEnd);
            i++;
        }

        text.Append("{\"id\":\"last\",\"text\":\"end\"}");
        if (finalLineEnd)
        {
            text.Append(lineEnd);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Run(Stream input, string threads, params string[] more)
    {
        var options = CliOptions.Parse(["fix", "--jsonl", "--threads", threads, .. more]);
        using var output = new MemoryStream();
        new JsonlRunner(options, new RecordProcessor(options)).Run(input, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>A file stream that counts the reads made through it.</summary>
    private sealed class ReadCountingFileStream(string path) : FileStream(path, FileMode.Open, FileAccess.Read)
    {
        public int Reads { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            Reads++;
            return base.Read(buffer);
        }
    }
}
