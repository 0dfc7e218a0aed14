using System.IO.Pipes;
using Microsoft.Win32.SafeHandles;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>Standard output as the command opens it: a reader that has gone away (<c>| head</c>, a
/// consumer that died) stops the run at once, quietly and with exit 0 (the shell shows 141 for cat, which
/// dies of SIGPIPE; .NET ignores the signal); any other failed write (a full disk) is an error, exit 1.</summary>
public class StandardOutputTests
{
    /// <summary>An article of distinct paragraphs (a repeated one would be removed as a page's furniture).</summary>
    private static readonly string Article = "Headline of the story\n\nBy Jane Doe\n\n" + string.Concat(Enumerable.Range(1, 400).Select(i =>
        $"In district {i}, the council voted to repair {i * 3} bridges before the winter, officials said on Monday.\n\n"));

    [Theory]
    [InlineData("clean")]
    [InlineData("fix")]
    [InlineData("clean", "--jsonl")]
    public void A_reader_gone_from_the_pipe_ends_the_run_quietly(params string[] command)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var input = new TemporaryInput(command.Contains("--jsonl"));
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        pipe.DisposeLocalCopyOfClientHandle();
        var output = OutputStream.ForDescriptor(
            new SafeFileHandle(pipe.SafePipeHandle.DangerousGetHandle(), ownsHandle: false),
            () => throw new InvalidOperationException("a pipe must not fall back to the console's stream"));
        var error = new StringWriter();

        Assert.Equal(0, Program.Run(CliOptions.Parse([.. command, input.Path]), output, error));
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("clean")]
    [InlineData("clean", "--jsonl")]
    public void A_full_disk_is_an_error(params string[] command)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /dev/full is Linux's
        }

        using var input = new TemporaryInput(command.Contains("--jsonl"));
        var output = new OutputStream(new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0));
        var error = new StringWriter();

        Assert.Equal(1, Program.Run(CliOptions.Parse([.. command, input.Path]), output, error));
        Assert.StartsWith("textclean: cannot write the output: No space left on device", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>An input whose output is larger than the output buffer, so that a write fails before the last flush.</summary>
    private sealed class TemporaryInput : IDisposable
    {
        public TemporaryInput(bool jsonl)
        {
            var record = System.Text.Json.JsonSerializer.Serialize(new { id = 1, text = Article });
            File.WriteAllText(Path, jsonl ? string.Concat(Enumerable.Repeat(record + "\n", 20)) : Article);
        }

        public string Path { get; } = System.IO.Path.GetTempFileName();

        public void Dispose() => File.Delete(Path);
    }

    [Fact]
    public void Writing_to_a_pipe_whose_reader_has_gone_is_an_output_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // standard output there is the console's stream
        }

        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        pipe.DisposeLocalCopyOfClientHandle(); // the only read end: nobody reads any more
        using var output = OutputStream.ForDescriptor(
            new SafeFileHandle(pipe.SafePipeHandle.DangerousGetHandle(), ownsHandle: false),
            () => throw new InvalidOperationException("a pipe must not fall back to the console's stream"));

        var error = Assert.Throws<OutputException>(() => output.Write("{\"id\":1}\n"u8));
        Assert.Equal("Broken pipe", error.Message);
        Assert.True(error.ReaderGone);
    }

    [Fact]
    public void A_regular_file_keeps_the_stream_that_moves_the_shared_offset()
    {
        var path = Path.GetTempFileName();
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Write);
            var fallback = new MemoryStream();
            using var output = OutputStream.ForDescriptor(file, () => fallback);

            output.Write("x"u8);

            Assert.Equal("x"u8.ToArray(), fallback.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
