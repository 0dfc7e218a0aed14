using System.Buffers;
using System.Text;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>What <see cref="NormalizationPass"/> does.</summary>
public sealed record NormalizationOptions
{
    public static NormalizationOptions Default { get; } = new();

    /// <summary>Whether the pass runs at all.</summary>
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
/// never combines with what precedes it, so the pieces normalize independently. Clean text costs one
/// vectorized scan plus a quick check of the pieces that hold anything from U+0300 up; only a piece
/// that is not NFC is rewritten, and reported as one change.
/// </remarks>
public sealed class NormalizationPass : TextPass
{
    public const string Reason = "unicode-normalization";

    private const char FirstCombining = '\u0300';

    private const int StackLimit = 256;

    public override string Name => "normalization";

    public override PassStage Stage => PassStage.Character;

    protected override string Transform(string text, ChangeLog? changes)
    {
        var span = text.AsSpan();
        var i = span.IndexOfAnyInRange(FirstCombining, '\uFFFF');
        if (i < 0)
        {
            return text;
        }

        Span<char> stack = stackalloc char[StackLimit];
        char[]? rented = null;

        // Scoped: edits are written from the buffers above.
        scoped var rewriter = new TextRewriter(text, changes);
        while (i >= 0)
        {
            // The piece runs from the character before (the one an accent may combine with) to the next
            // character below U+0300.
            var start = i > 0 ? i - 1 : 0;
            var after = span[i..].IndexOfAnyInRange('\0', (char)(FirstCombining - 1));
            var end = after < 0 ? text.Length : i + after;
            if (span[start..end].IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            {
                Normalize(ref rewriter, span, start, end, stack, ref rented);
            }
            else
            {
                // Surrogates: pairs are fine, lone halves combine with nothing and cannot be normalized: go around them.
                var from = start;
                for (var k = start; k < end; k++)
                {
                    if (char.IsSurrogate(span[k]))
                    {
                        if (char.IsHighSurrogate(span[k]) && k + 1 < end && char.IsLowSurrogate(span[k + 1]))
                        {
                            k++;
                            continue;
                        }

                        Normalize(ref rewriter, span, from, k, stack, ref rented);
                        from = k + 1;
                    }
                }

                Normalize(ref rewriter, span, from, end, stack, ref rented);
            }

            if (end == text.Length)
            {
                break;
            }

            var next = span[end..].IndexOfAnyInRange(FirstCombining, '\uFFFF');
            i = next < 0 ? -1 : end + next;
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>Replaces <c>text[start..end]</c>, well-formed UTF-16, by its NFC form when that differs.</summary>
    private static void Normalize(ref TextRewriter rewriter, ReadOnlySpan<char> text, int start, int end, Span<char> stack, ref char[]? rented)
    {
        var piece = text[start..end];
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

        if (piece.TryNormalize(buffer, out var written, NormalizationForm.FormC))
        {
            rewriter.Replace(start, end - start, buffer[..written], Reason);
        }
    }
}
