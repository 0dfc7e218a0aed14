using Microsoft.Win32.SafeHandles;

namespace TextClean.Cli;

/// <summary>Standard output, with its failures (a full disk, a closed pipe) raised as
/// <see cref="OutputException"/>, so that the command can tell them from input errors wherever they
/// surface: in a write, a flush, or the final flush on close.</summary>
internal sealed class OutputStream(Stream inner) : Stream
{
    /// <summary>Standard output as a stream whose writes fail when the reader of a pipe is gone. The
    /// console's stream drops such writes without a word (it ignores EPIPE), so <c>textclean ... | head</c>
    /// went on through the whole input for nothing and a pipeline whose consumer died exited 0 with the
    /// output lost. A file stream on the descriptor reports EPIPE. It is used only on a blocking descriptor
    /// with no file offset (a pipe, a terminal): a seekable file stream writes at an offset of its own and
    /// would not move the one the shell shares with the next writer (<c>(textclean ...; echo) &gt; out</c>),
    /// and on a non-blocking pipe (a parent may set one up) it fails where the console's stream waits.</summary>
    public static OutputStream OpenStandardOutput() =>
        OperatingSystem.IsWindows()
            ? new OutputStream(Console.OpenStandardOutput())
            : ForDescriptor(new SafeFileHandle(1, ownsHandle: false), Console.OpenStandardOutput);

    /// <summary>A file stream on <paramref name="descriptor"/> when it is a blocking one with no offset to
    /// share, otherwise <paramref name="fallback"/>'s stream.</summary>
    internal static OutputStream ForDescriptor(SafeFileHandle descriptor, Func<Stream> fallback)
    {
        try
        {
            var file = new FileStream(descriptor, FileAccess.Write, bufferSize: 0);
            if (!file.CanSeek && IsBlocking(descriptor))
            {
                return new OutputStream(file);
            }

            file.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Not a descriptor a file stream accepts (closed, say): the console's stream copes.
        }

        return new OutputStream(fallback());
    }

    /// <summary>Whether writes to <paramref name="descriptor"/> wait rather than fail with EAGAIN; false where
    /// that cannot be read (then the console's stream is kept).</summary>
    private static bool IsBlocking(SafeFileHandle descriptor) =>
        DescriptorFlags.Of(descriptor.DangerousGetHandle()) is { } flags && (flags & DescriptorFlags.NonBlocking) == 0;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputException)
        {
            throw new OutputException(e);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputException)
        {
            throw new OutputException(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>Writing the output failed (a full disk, a closed pipe, a descriptor not open for writing): the
/// run stops. The message is the system's ("Bad file descriptor" rather than the file stream's "Access to
/// the path is denied").</summary>
internal sealed class OutputException(Exception inner)
    : IOException(inner is UnauthorizedAccessException { InnerException: IOException system } ? system.Message : inner.Message, inner)
{
    // .NET on Unix gives an I/O error it has no exception type for the errno as its HResult; Windows, the
    // Win32 error as an HRESULT.
    private const int UnixBrokenPipe = 32;                        // EPIPE on Linux and macOS
    private const int WindowsBrokenPipe = unchecked((int)0x8007006D); // ERROR_BROKEN_PIPE
    private const int WindowsPipeClosing = unchecked((int)0x800700E8); // ERROR_NO_DATA: "the pipe is being closed"

    /// <summary>The reader of the pipe has gone (<c>textclean clean big.txt | head -1</c>): nothing is wrong
    /// with the output that was wanted, the rest is simply not wanted.</summary>
    public bool ReaderGone => InnerException is IOException { HResult: var code }
        && (OperatingSystem.IsWindows() ? code is WindowsBrokenPipe or WindowsPipeClosing : code == UnixBrokenPipe);
}
