namespace TextClean.Cli;

/// <summary>Standard output, with its failures (a full disk, a closed pipe) raised as
/// <see cref="OutputException"/>, so that the command can tell them from input errors wherever they
/// surface: in a write, a flush, or the final flush on close.</summary>
internal sealed class OutputStream(Stream inner) : Stream
{
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
        catch (IOException e) when (e is not OutputException)
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
        catch (IOException e) when (e is not OutputException)
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

/// <summary>Writing the output failed (a full disk, a closed pipe): the run stops with exit code 1.</summary>
internal sealed class OutputException(IOException inner) : IOException(inner.Message, inner);
