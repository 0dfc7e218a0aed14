using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextClean.Internal;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>What <see cref="NormalizationPass"/> does.</summary>
public sealed record NormalizationOptions
{
    /// <summary>The pass on.</summary>
    public static NormalizationOptions Default { get; } = new();

    /// <summary>The pass off, for <see cref="CleanerOptions.Normalization"/>: the cleaner leaves it out.</summary>
    public static NormalizationOptions Off { get; } = new() { Enabled = false };

    /// <summary>Whether the pass runs at all (<see cref="Off"/> is the record with it false).</summary>
    public bool Enabled { get; init; } = true;
}

/// <summary>
/// Unicode NFC: a letter and its combining accents become the one precomposed character where there
/// is one ("e" + U+0301 is "é"), and canonical duplicates become their canonical form (U+212B ANGSTROM
/// SIGN is Å). Compatibility characters stay (no NFKC): ligatures and widths are the width pass's,
/// with its care for CJK punctuation, and NFKC would also rewrite ², ½ and ﬁ-like letters that are
/// text.
/// </summary>
/// <remarks>
/// The text is normalized in pieces that split before a character below U+0300: such a character
/// never combines with what precedes it, so the pieces normalize independently. Only a piece holding
/// a character that NFC may change, move or compose (<see cref="NfcTable"/>, generated from the
/// Unicode Character Database) goes to the normalizer; ASCII and Latin-1 runs are skipped by a
/// vectorized search and other letters by a bit lookup, so clean text in any script costs one scan.
/// A piece that is not NFC is rewritten and reported as one change.
/// </remarks>
public sealed class NormalizationPass : TextPass
{
    /// <summary>A piece of text rewritten to NFC (with grapheme joiners in a run of more than 30 combining marks).</summary>
    public const string Reason = "unicode-normalization";

    /// <summary>The most combining marks in a row that the normalizer is given (UAX #15's Stream-Safe Text
    /// Format); see <see cref="NormalizeStreamSafe"/>.</summary>
    internal const int MaxNonStarters = 30;

    /// <summary>U+034F COMBINING GRAPHEME JOINER: invisible, combining class 0, so canonical reordering and
    /// composition stop at it.</summary>
    internal const char GraphemeJoiner = '\u034F';

    private const char FirstCombining = '\u0300';

    private const int StackLimit = 256;

    /// <inheritdoc />
    public override string Name => "normalization";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Character;

    /// <inheritdoc />
    protected override string Transform(string text, ChangeLog? changes)
    {
        var span = text.AsSpan();
        var k = NextNotInert(span, 0);
        if (k < 0)
        {
            return text;
        }

        Span<char> stack = stackalloc char[StackLimit];
        char[]? rented = null;

        // Scoped: edits are written from the buffers above.
        scoped var rewriter = new TextRewriter(text, changes);
        var done = 0;
        while (k >= 0)
        {
            // The piece runs from the character below U+0300 before k (the one an accent may combine with)
            // to the next character below U+0300.
            var start = k;
            while (start > done && span[start - 1] >= FirstCombining)
            {
                start--;
            }

            if (start > done)
            {
                start--;
            }

            var after = span[k..].IndexOfAnyInRange('\0', (char)(FirstCombining - 1));
            var end = after < 0 ? text.Length : k + after;
            if (IsNormalizable(span[start..end]))
            {
                Normalize(ref rewriter, text, start, end, stack, ref rented);
            }
            else
            {
                // Lone surrogate halves and U+FFFE/U+FFFF combine with nothing, and the normalizer refuses them: go around.
                var from = start;
                for (var i = start; i < end; i++)
                {
                    if (char.IsSurrogate(span[i]) || span[i] >= '\uFFFE')
                    {
                        if (char.IsHighSurrogate(span[i]) && i + 1 < end && char.IsLowSurrogate(span[i + 1]))
                        {
                            i++;
                            continue;
                        }

                        Normalize(ref rewriter, text, from, i, stack, ref rented);
                        from = i + 1;
                    }
                }

                Normalize(ref rewriter, text, from, end, stack, ref rented);
            }

            done = end;
            k = NextNotInert(span, end);
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>Characters to look at closer: below U+0300 nothing changes under NFC, nor in the block of
    /// ’ “ — …, so both are skipped unread (CharRangeSet's safe intervals are exactly those two).</summary>
    private static readonly CharRangeSet MayChange = new(
        (FirstCombining, (char)(Inert.PunctuationFirst - 1)), ((char)(Inert.PunctuationLast + 1), '\uFFFF'));

    /// <summary>The first character at or after <paramref name="from"/> that NFC may change, or -1. Lone
    /// surrogate halves count: the piece around them is then normalized around them.</summary>
    private static int NextNotInert(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var found = MayChange.IndexOfAny(text[i..]);
            if (found < 0)
            {
                return -1;
            }

            for (i += found; i < text.Length && text[i] >= FirstCombining; i++)
            {
                var c = text[i];
                if (!char.IsSurrogate(c))
                {
                    if (!Inert.IsBmpInert(c))
                    {
                        return i;
                    }
                }
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (!Inert.IsSupplementaryInert(char.ConvertToUtf32(c, text[i + 1])))
                    {
                        return i;
                    }

                    i++;
                }
                else
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether the normalizer accepts <paramref name="text"/>: no lone surrogate, no U+FFFE or U+FFFF.</summary>
    private static bool IsNormalizable(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\uFFFE', '\uFFFF') >= 0)
        {
            return false;
        }

        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }

            var next = text[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + 2 + next;
        }

        return true;
    }

    /// <summary>Replaces <c>text[start..end]</c>, well-formed UTF-16, by its NFC form when that differs.</summary>
    private static void Normalize(ref TextRewriter rewriter, string text, int start, int end, Span<char> stack, ref char[]? rented)
    {
        var piece = text.AsSpan(start, end - start);
        if (piece.Length > MaxNonStarters && NextJoinerPlace(piece, 0, piece.Length) >= 0)
        {
            NormalizeStreamSafe(ref rewriter, text, start, end, piece.ToString());
            return;
        }

        if (piece.IsEmpty || piece.IsNormalized(NormalizationForm.FormC))
        {
            return;
        }

        var length = piece.GetNormalizedLength(NormalizationForm.FormC);
        var buffer = stack;
        if (length > stack.Length)
        {
            if (rented is null || rented.Length < length)
            {
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }

                rented = ArrayPool<char>.Shared.Rent(length);
            }

            buffer = rented;
        }

        if (!piece.TryNormalize(buffer, out var written, NormalizationForm.FormC))
        {
            return;
        }

        var normalized = buffer[..written];
        if (written > MaxNonStarters && NextJoinerPlace(normalized, 0, written) >= 0)
        {
            // Normalizing made a run of marks longer than any run in the piece ("\u0958" is a letter and
            // a nukta that NFC keeps apart), so the joiners go into the normalized text.
            NormalizeStreamSafe(ref rewriter, text, start, end, normalized.ToString());
            return;
        }

        if (!EntityTextGuard.Blocks(ref rewriter, text, start, end - start, normalized))
        {
            rewriter.Replace(start, end - start, normalized, Reason);
        }
    }

    /// <summary>
    /// The runtime's normalizer reorders a run of combining marks in time that grows with the square of its
    /// length (25,000 alternating U+0323 U+0301 took half a second, 100,000 seven), and no text needs more
    /// than a few marks on one letter. As UAX #15's Stream-Safe Text Format prescribes, a grapheme joiner
    /// goes after every <see cref="MaxNonStarters"/> marks in a row, and the pieces between the joiners are
    /// normalized one by one: the output is NFC, and a second run finds no run to cut.
    /// <paramref name="source"/> is <c>text[start..end]</c> or its NFC form.
    /// </summary>
    private static void NormalizeStreamSafe(ref TextRewriter rewriter, string text, int start, int end, string source)
    {
        var normalized = JoinAndNormalize(source);

        // Normalizing can lengthen a run: U+0344 is two marks. Cutting the NFC result again is final:
        // a cut before a mark leaves both sides of NFC text in NFC.
        if (NextJoinerPlace(normalized, 0, normalized.Length) >= 0)
        {
            normalized = JoinAndNormalize(normalized);
            Debug.Assert(NextJoinerPlace(normalized, 0, normalized.Length) < 0, "a second cut leaves no run over the limit");
        }

        if (!text.AsSpan(start, end - start).SequenceEqual(normalized)
            && !EntityTextGuard.Blocks(ref rewriter, text, start, end - start, normalized))
        {
            rewriter.Replace(start, end - start, normalized, Reason);
        }
    }

    /// <summary><paramref name="source"/> with a grapheme joiner before each mark that makes more than
    /// <see cref="MaxNonStarters"/> in a row, and each piece between the joiners in NFC.</summary>
    private static string JoinAndNormalize(string source)
    {
        var output = new StringBuilder(source.Length + (source.Length / MaxNonStarters));
        var pieceStart = 0;
        for (var cut = NextJoinerPlace(source, 0, source.Length); cut >= 0; cut = NextJoinerPlace(source, cut, source.Length))
        {
            output.Append(source.AsSpan(pieceStart, cut - pieceStart).ToString().Normalize(NormalizationForm.FormC)).Append(GraphemeJoiner);
            pieceStart = cut;
        }

        return output.Append(source.AsSpan(pieceStart).ToString().Normalize(NormalizationForm.FormC)).ToString();
    }

    /// <summary>Where in [<paramref name="from"/>, <paramref name="end"/>) a grapheme joiner goes: before the
    /// mark that makes more than <see cref="MaxNonStarters"/> in a row, counted from <paramref name="from"/>; or -1.</summary>
    private static int NextJoinerPlace(ReadOnlySpan<char> text, int from, int end)
    {
        var marks = 0;
        for (var i = from; i < end; i += char.IsHighSurrogate(text[i]) && i + 1 < end ? 2 : 1)
        {
            if (!IsCountedMark(text, i))
            {
                marks = 0;
            }
            else if (++marks > MaxNonStarters)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A combining mark (Mn, Mc, Me: a superset of the non-starters UAX #15 counts) other than the
    /// grapheme joiner itself, which ends a run.</summary>
    private static bool IsCountedMark(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < FirstCombining || c == GraphemeJoiner)
        {
            return false;
        }

        var category = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary><see cref="NfcTable"/> as a bit set for the BMP, built once on first use.</summary>
    private static class Inert
    {
        private static readonly ulong[] NotInertBmp = BuildBmp();

        /// <summary>The inert stretch around '’' (U+2002..U+2064 in Unicode 14): general punctuation.</summary>
        public static readonly char PunctuationFirst = InertStretchEdge('\u2019', -1);

        public static readonly char PunctuationLast = InertStretchEdge('\u2019', +1);

        private static char InertStretchEdge(char from, int direction)
        {
            var c = from;
            while (c + direction is > FirstCombining and < 0xD800 && IsBmpInert((char)(c + direction)))
            {
                c = (char)(c + direction);
            }

            return c;
        }

        public static bool IsBmpInert(char c) => (NotInertBmp[c >> 6] & (1UL << (c & 63))) == 0;

        public static bool IsSupplementaryInert(int codePoint)
        {
            var ranges = NfcTable.NotInertRanges;
            int low = 0, high = (ranges.Length / 2) - 1;
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                if (codePoint < ranges[2 * middle])
                {
                    high = middle - 1;
                }
                else if (codePoint > ranges[(2 * middle) + 1])
                {
                    low = middle + 1;
                }
                else
                {
                    return false;
                }
            }

            return true;
        }

        private static ulong[] BuildBmp()
        {
            var bits = new ulong[0x10000 / 64];
            var ranges = NfcTable.NotInertRanges;
            for (var r = 0; r < ranges.Length; r += 2)
            {
                for (var cp = ranges[r]; cp <= ranges[r + 1] && cp <= 0xFFFF; cp++)
                {
                    bits[cp >> 6] |= 1UL << (cp & 63);
                }
            }

            return bits;
        }
    }
}
