using System.Buffers;

namespace TextClean.Blocks;

/// <summary>
/// One unit the block passes keep or remove: a paragraph, or a single line when the text puts one
/// paragraph per line. <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the text it
/// was cut from; the span has no leading or trailing line break, and hard-wrapped lines of one paragraph
/// stay inside it with their line breaks.
/// </summary>
/// <param name="Start">Offset of the block's first character.</param>
/// <param name="Length">Length of the block, line breaks inside it included.</param>
/// <param name="Paragraph">Index of the blank-line-separated group the block belongs to.</param>
public readonly record struct TextBlock(int Start, int Length, int Paragraph)
{
    /// <summary>The offset just past the block.</summary>
    public int End => Start + Length;

    /// <summary>The block's characters in <paramref name="text"/>, the text it was cut from.</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, Length);
}

/// <summary>
/// Cuts text into <see cref="TextBlock"/>s, handling both conventions scraped text comes in:
/// paragraphs separated by blank lines (lines inside a paragraph may be hard-wrapped) and one paragraph
/// per line. Inside a blank-line-separated group, a line joins the block before it only when it
/// continues a wrapped sentence; a group of unrelated lines (a headline, a byline, a caption) stays one
/// block per line. Linear time; a blank line is one holding only spaces and tabs.
/// </summary>
public static class BlockSegmenter
{
    private const int MinWrappedLineLength = 30;

    /// <summary>The blocks of <paramref name="text"/>, in order; none for blank text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static TextBlock[] Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Blocks collect in a pooled buffer; only the exact array is allocated.
        var blocks = new PooledList(text.Length / 32);
        var wrapped = HasBlankLineBetweenText(text);
        var paragraph = 0;
        var previousBlank = true;
        var blockStart = -1;
        var blockEnd = -1;
        var blockParagraph = 0;
        var position = 0;
        while (position <= text.Length)
        {
            var newline = text.AsSpan(position).IndexOfAny('\n', '\r');
            var lineEnd = newline < 0 ? text.Length : position + newline;
            var line = text.AsSpan(position, lineEnd - position);
            var next = lineEnd;
            if (next < text.Length)
            {
                next += text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
            }

            var trimmedStart = position + (line.Length - line.TrimStart(" \t").Length);
            var trimmedEnd = position + line.TrimEnd(" \t").Length;
            if (trimmedEnd <= trimmedStart)
            {
                if (!previousBlank)
                {
                    paragraph++;
                }

                previousBlank = true;
            }
            else if (wrapped && blockStart >= 0 && !previousBlank && ContinuesWrappedLine(text.AsSpan(blockStart, blockEnd - blockStart), text.AsSpan(trimmedStart, trimmedEnd - trimmedStart)))
            {
                blockEnd = trimmedEnd;
                previousBlank = false;
            }
            else
            {
                if (blockStart >= 0)
                {
                    blocks.Add(new TextBlock(blockStart, blockEnd - blockStart, blockParagraph));
                }

                blockStart = trimmedStart;
                blockParagraph = paragraph;
                blockEnd = trimmedEnd;
                previousBlank = false;
            }

            if (newline < 0)
            {
                break;
            }

            position = next;
        }

        if (blockStart >= 0)
        {
            blocks.Add(new TextBlock(blockStart, blockEnd - blockStart, blockParagraph));
        }

        return blocks.ToArrayAndReturn();
    }

    private struct PooledList(int capacity)
    {
        private TextBlock[] _items = ArrayPool<TextBlock>.Shared.Rent(Math.Max(16, capacity));
        private int _count;

        public void Add(TextBlock block)
        {
            if (_count == _items.Length)
            {
                var larger = ArrayPool<TextBlock>.Shared.Rent(2 * _items.Length);
                _items.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<TextBlock>.Shared.Return(_items);
                _items = larger;
            }

            _items[_count++] = block;
        }

        public readonly TextBlock[] ToArrayAndReturn()
        {
            var result = _items.AsSpan(0, _count).ToArray();
            ArrayPool<TextBlock>.Shared.Return(_items);
            return result;
        }
    }

    /// <summary>Text with no blank line between its lines puts one paragraph per line: no line there is
    /// a wrapped continuation, however it starts.</summary>
    private static bool HasBlankLineBetweenText(string text)
    {
        var span = text.AsSpan().Trim();
        var i = span.IndexOf('\n');
        while (i >= 0)
        {
            var rest = span[(i + 1)..];
            var lineEnd = rest.IndexOf('\n');
            if (lineEnd < 0)
            {
                return false;
            }

            if (rest[..lineEnd].Trim(" \t\r").IsEmpty)
            {
                return true;
            }

            span = rest;
            i = lineEnd;
        }

        return false;
    }

    /// <summary>A hard-wrapped line: the block so far stops mid-sentence and the line goes on in lower
    /// case (or after a hyphen or comma). Lines that start a new sentence or a new item stay apart.</summary>
    internal static bool ContinuesWrappedLine(ReadOnlySpan<char> block, ReadOnlySpan<char> line)
    {
        // Wrapped lines run near the wrap width; a short line (a headline) ends where its author ended it.
        var lastLine = block[(block.LastIndexOf('\n') + 1)..];
        if (lastLine.Length < MinWrappedLineLength)
        {
            return false;
        }

        var last = block[^1];
        if (".!?…:;\"”»)]".Contains(last))
        {
            return false;
        }

        // "by: Marcus Delgado" under a headline is a byline's label (Nexstar's stations sign so), never the rest of a sentence
        if (line.StartsWith("by:", StringComparison.Ordinal))
        {
            return false;
        }

        var first = line[0];
        return char.IsLower(first) || (last is ',' or '-' && char.IsLetterOrDigit(first));
    }
}
