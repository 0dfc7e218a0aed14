using System.Buffers;

namespace TextClean.Pipeline;

/// <summary>
/// The one way passes edit text. A pass scans its input left to right and calls <see cref="Replace"/>
/// for each edit; the rewriter copies the clean runs between edits in bulk, records each edit in the
/// change log when there is one, and returns the input instance itself when nothing was edited. Every
/// pass that edits through it reports its changes consistently by construction.
/// </summary>
/// <remarks>The buffer comes from <see cref="ArrayPool{T}"/>; call <see cref="ToStringAndDispose"/> once
/// (or <see cref="Dispose"/> on an early exit) to return it.</remarks>
public ref struct TextRewriter
{
    private readonly string _source;
    private readonly ChangeLog? _log;
    private char[]? _buffer;
    private int _length;
    private int _copied;

    /// <summary>A rewriter of <paramref name="source"/> that records its edits in <paramref name="log"/> when not null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public TextRewriter(string source, ChangeLog? log)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _log = log;
    }

    /// <summary>The input offset up to which output has been written; the next edit must start here or later.</summary>
    public readonly int Position => _copied;

    /// <summary>Whether any edit has been made.</summary>
    public readonly bool HasEdits => _buffer is not null;

    /// <summary>The output written so far (for passes whose decisions depend on it).</summary>
    public readonly ReadOnlySpan<char> Written => _buffer is null ? default : _buffer.AsSpan(0, _length);

    /// <summary>Replaces <c>source[start..start+length]</c> by <paramref name="replacement"/>. An edit that
    /// changes nothing is ignored, so it neither allocates nor shows in the log.</summary>
    public void Replace(int start, int length, ReadOnlySpan<char> replacement, string reason)
    {
        if (start < _copied || length < 0 || start > _source.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Edit [{start}, +{length}) is behind position {_copied} or outside the text.");
        }

        var original = _source.AsSpan(start, length);
        if (original.SequenceEqual(replacement))
        {
            return;
        }

        Append(_source.AsSpan(_copied, start - _copied));
        Append(replacement);
        _log?.Record(reason, start, length, original.ToString(), replacement.ToString());
        _copied = start + length;
    }

    /// <summary>Removes <c>source[start..start+length]</c>.</summary>
    public void Delete(int start, int length, string reason) => Replace(start, length, default, reason);

    /// <summary>The rewritten text, or the input instance itself when there was no edit.</summary>
    public string ToStringAndDispose()
    {
        if (_buffer is null)
        {
            return _source;
        }

        Append(_source.AsSpan(_copied));
        _copied = _source.Length;
        var result = new string(_buffer, 0, _length);
        Dispose();
        return result;
    }

    /// <summary>Returns the buffer without building the result, for a pass that gives up early.</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_buffer is null)
        {
            // First edit: size for the whole input plus some growth, so most passes never regrow.
            _buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, _source.Length + (_source.Length >> 4) + chars.Length));
        }
        else if (_length + chars.Length > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + chars.Length));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        chars.CopyTo(_buffer.AsSpan(_length));
        _length += chars.Length;
    }
}
