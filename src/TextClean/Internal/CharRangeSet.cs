using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextClean.Internal;

/// <summary>
/// A set of character ranges with a vectorized "first character in the set". For sets that mix a few
/// ASCII controls with scattered non-ASCII characters, <see cref="System.Buffers.SearchValues{T}"/> falls
/// back to a probabilistic map that runs at a few hundred MB/s on text with curly quotes or Cyrillic;
/// comparing each vector of characters against every range runs at several GB/s for up to a dozen ranges.
/// </summary>
/// <remarks>Most vectors of real text hold only printable ASCII and common punctuation (’ “ — …), so
/// each vector is first checked against two "safe" intervals outside the set, the widest around 'a' and
/// around '’': a vector wholly inside them costs a handful of instructions whatever the number of ranges.
/// When the set holds ASCII controls on both sides of '\n', <see cref="IndexOfAny(ReadOnlySpan{char})"/> also
/// accepts the interval around '\n' (tab to carriage return for the controls pass): every line break would
/// send its vector to the full test otherwise (controls at 10 MB: 5.9 to 14 GB/s of input).</remarks>
internal sealed class CharRangeSet
{
    private readonly ushort[] _first;
    private readonly ushort[] _width;
    private readonly Vector<ushort>[] _firstVectors;
    private readonly Vector<ushort>[] _widthVectors;
    private readonly Vector<ushort> _asciiSafeFirst;
    private readonly Vector<ushort> _asciiSafeWidth;
    private readonly Vector<ushort> _punctuationSafeFirst;
    private readonly Vector<ushort> _punctuationSafeWidth;

    // The interval around 'a' stops short of '\n' (see the remarks).
    private readonly bool _lineBreaksOutsideAsciiInterval;
    private readonly Vector<ushort> _lineSafeFirst;
    private readonly Vector<ushort> _lineSafeWidth;

    public CharRangeSet(params ReadOnlySpan<(char First, char Last)> ranges)
    {
        _first = new ushort[ranges.Length];
        _width = new ushort[ranges.Length];
        for (var r = 0; r < ranges.Length; r++)
        {
            if (ranges[r].Last < ranges[r].First)
            {
                throw new ArgumentException("A range ends before it starts.", nameof(ranges));
            }

            _first[r] = ranges[r].First;
            _width[r] = (ushort)(ranges[r].Last - ranges[r].First);
        }

        _firstVectors = [.. _first.Select(f => new Vector<ushort>(f))];
        _widthVectors = [.. _width.Select(w => new Vector<ushort>(w))];
        (_asciiSafeFirst, _asciiSafeWidth) = SafeIntervalAround('a');
        (_punctuationSafeFirst, _punctuationSafeWidth) = SafeIntervalAround('\u2019');
        (_lineSafeFirst, _lineSafeWidth) = SafeIntervalAround('\n');
        _lineBreaksOutsideAsciiInterval = !Contains('\n') && (ushort)('\n' - _asciiSafeFirst[0]) > _asciiSafeWidth[0];
    }

    public bool Contains(char c)
    {
        for (var r = 0; r < _first.Length; r++)
        {
            if ((ushort)(c - _first[r]) <= _width[r])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lanes of <paramref name="chars"/> that are in the set (all ones) or not (zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector<ushort> Matches(Vector<ushort> chars) => AllSafe(chars) ? Vector<ushort>.Zero : MatchesSlowly(chars);

    /// <summary>Whether every lane of <paramref name="chars"/> lies in one of the two safe intervals, so
    /// none is in the set (false says nothing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AllSafe(Vector<ushort> chars) => Vector.EqualsAll(SafeLanes(chars), Vector<ushort>.AllBitsSet);

    /// <summary>Lanes of <paramref name="chars"/> in one of the two safe intervals (all ones).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector<ushort> SafeLanes(Vector<ushort> chars) =>
        // Unsigned: characters below an interval wrap around to large values.
        Vector.LessThanOrEqual(chars - _asciiSafeFirst, _asciiSafeWidth) | Vector.LessThanOrEqual(chars - _punctuationSafeFirst, _punctuationSafeWidth);

    /// <summary><see cref="SafeLanes"/>, and lanes in the widest interval around '\n' outside the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector<ushort> SafeLanesWithLineBreaks(Vector<ushort> chars) =>
        SafeLanes(chars) | Vector.LessThanOrEqual(chars - _lineSafeFirst, _lineSafeWidth);

    /// <summary><see cref="Matches"/> without the safe-interval shortcut.</summary>
    public Vector<ushort> MatchesSlowly(Vector<ushort> chars)
    {
        var hits = Vector<ushort>.Zero;
        for (var r = 0; r < _firstVectors.Length; r++)
        {
            hits |= Vector.LessThanOrEqual(chars - _firstVectors[r], _widthVectors[r]);
        }

        return hits;
    }

    /// <summary>The index of the first character of <paramref name="text"/> in the set, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text) =>
        _lineBreaksOutsideAsciiInterval ? IndexOfAny(text, lineBreaksSafe: true) : IndexOfAny(text, lineBreaksSafe: false);

    /// <param name="text">The text to search.</param>
    /// <param name="lineBreaksSafe">Also skip vectors whose characters lie in the interval around '\n'; a constant
    /// at each call, so the JIT compiles the loop without the test where it is not needed.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOfAny(ReadOnlySpan<char> text, bool lineBreaksSafe)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var count = Vector<ushort>.Count;
            // Two vectors per safe-interval test: one well-predicted branch per 2 x 16 characters of plain
            // text instead of two.
            for (; i <= text.Length - (2 * count); i += 2 * count)
            {
                var low = Vector.LoadUnsafe(ref units, (nuint)i);
                var high = Vector.LoadUnsafe(ref units, (nuint)(i + count));
                var safe = lineBreaksSafe ? SafeLanesWithLineBreaks(low) & SafeLanesWithLineBreaks(high) : SafeLanes(low) & SafeLanes(high);
                if (Vector.EqualsAll(safe, Vector<ushort>.AllBitsSet))
                {
                    continue;
                }

                if (!Vector.EqualsAll(MatchesSlowly(low), Vector<ushort>.Zero))
                {
                    return i + ScalarIndexOfAny(text.Slice(i, count));
                }

                if (!Vector.EqualsAll(MatchesSlowly(high), Vector<ushort>.Zero))
                {
                    return i + count + ScalarIndexOfAny(text.Slice(i + count, count));
                }
            }

            for (; i <= text.Length - count; i += count)
            {
                if (!Vector.EqualsAll(Matches(Vector.LoadUnsafe(ref units, (nuint)i)), Vector<ushort>.Zero))
                {
                    return i + ScalarIndexOfAny(text.Slice(i, count));
                }
            }
        }

        var rest = ScalarIndexOfAny(text[i..]);
        return rest < 0 ? -1 : i + rest;
    }

    private int ScalarIndexOfAny(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The widest interval around <paramref name="center"/> that holds no character of the set; when
    /// the set holds <paramref name="center"/>, a single character outside it.</summary>
    private (Vector<ushort> First, Vector<ushort> Width) SafeIntervalAround(char center)
    {
        if (Contains(center))
        {
            var outside = 0;
            while (outside < char.MaxValue && Contains((char)outside))
            {
                outside++;
            }

            return (new Vector<ushort>((ushort)outside), Vector<ushort>.Zero);
        }

        int low = 0, high = char.MaxValue;
        for (var r = 0; r < _first.Length; r++)
        {
            int first = _first[r], last = _first[r] + _width[r];
            if (last < center)
            {
                low = Math.Max(low, last + 1);
            }
            else
            {
                high = Math.Min(high, first - 1);
            }
        }

        return (new Vector<ushort>((ushort)low), new Vector<ushort>((ushort)(high - low)));
    }
}
