using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextClean.Internal;

/// <summary>Vectorized searches the BCL has no overload for.</summary>
internal static class TextScan
{
    /// <summary>The index of the first character of <paramref name="text"/> outside both ranges, or -1.
    /// Two ranges cover what most passes can skip unread: ASCII (or Latin-1) and the punctuation block
    /// with ’ “ — … in it.</summary>
    public static int IndexOfAnyExceptInRanges(ReadOnlySpan<char> text, char first1, char last1, char first2, char last2)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var low1 = new Vector<ushort>(first1);
            var width1 = new Vector<ushort>((ushort)(last1 - first1));
            var low2 = new Vector<ushort>(first2);
            var width2 = new Vector<ushort>((ushort)(last2 - first2));
            for (; i <= text.Length - Vector<ushort>.Count; i += Vector<ushort>.Count)
            {
                var chars = Vector.LoadUnsafe(ref units, (nuint)i);
                // Unsigned: characters below a range wrap around to large values.
                var inside = Vector.LessThanOrEqual(chars - low1, width1) | Vector.LessThanOrEqual(chars - low2, width2);
                if (!Vector.EqualsAll(inside, Vector<ushort>.AllBitsSet))
                {
                    break;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)(c - first1) > (uint)(last1 - first1) && (uint)(c - first2) > (uint)(last2 - first2))
            {
                return i;
            }
        }

        return -1;
    }
}
