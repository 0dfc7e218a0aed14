namespace TextClean.Cli;

/// <summary>Reads a stream one line at a time as raw UTF-8 bytes, holding only the current line and one
/// read buffer in memory, so a multi-GB JSON Lines input streams through. Lines end at LF (a CR before it
/// is the caller's to trim); a final line with no newline is a line; a leading UTF-8 byte-order mark is
/// skipped.</summary>
/// <param name="stream">The input.</param>
/// <param name="bufferSize">Bytes asked of the stream at a time (the buffer grows for a longer line).</param>
internal sealed class LineReader(Stream stream, int bufferSize = 1 << 16)
{
    private byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;

    /// <summary>Whether the next line (or the end of the input) is already in memory, so that
    /// <see cref="TryReadLine"/> will not wait for the stream.</summary>
    public bool HasBufferedLine => _eof || _buffer.AsSpan(_start, _end - _start).Contains((byte)'\n');

    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The next line without its line feed; the span is valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                line = _buffer.AsSpan(_start, lineEnd - _start);
                _start = lineEnd + 1;
                return true;
            }

            if (_eof)
            {
                if (_start < _end)
                {
                    line = _buffer.AsSpan(_start, _end - _start);
                    _start = _end;
                    return true;
                }

                line = default;
                return false;
            }

            scanFrom = _end;
            Fill(ref scanFrom);
        }
    }

    private void Fill(ref int scanFrom)
    {
        // Move the partial line to the front, and grow when one line fills the whole buffer.
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            scanFrom -= _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        _end += read;
        if (!_started && _end >= 3)
        {
            _started = true;
            if (_buffer.AsSpan(0, 3).SequenceEqual(ByteOrderMark))
            {
                _start = 3;
                scanFrom = Math.Max(scanFrom, 3);
            }
        }
    }
}
