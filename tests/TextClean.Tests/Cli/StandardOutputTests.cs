using System.IO.Pipes;
using Microsoft.Win32.SafeHandles;
using TextClean.Cli;

namespace TextClean.Tests.Cli;

/// <summary>Standard output as the command opens it: a reader that has gone away (<c>| head</c>, a
/// consumer that died) is an output error that stops the run, never output silently dropped.</summary>
public class StandardOutputTests
{
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
