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
/// vectorized scan and one quick check by the normalizer; otherwise only the pieces that are not NFC
/// are rewritten, each reported as one change.
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
        // From the character before the first that may combine: the usual answer, "already NFC", in one call.
        if (i < 0 || (IsNormalizable(span[Math.Max(0, i - 1)..]) && span[Math.Max(0, i - 1)..].IsNormalized(NormalizationForm.FormC)))
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
            if (IsNormalizable(span[start..end]))
            {
                Normalize(ref rewriter, text, start, end, stack, ref rented);
            }
            else
            {
                // Lone surrogate halves and U+FFFE/U+FFFF combine with nothing, and the normalizer refuses them: go around.
                var from = start;
                for (var k = start; k < end; k++)
                {
                    if (char.IsSurrogate(span[k]) || span[k] >= '\uFFFE')
                    {
                        if (char.IsHighSurrogate(span[k]) && k + 1 < end && char.IsLowSurrogate(span[k + 1]))
                        {
                            k++;
                            continue;
                        }

                        Normalize(ref rewriter, text, from, k, stack, ref rented);
                        from = k + 1;
                    }
                }

                Normalize(ref rewriter, text, from, end, stack, ref rented);
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

        if (piece.TryNormalize(buffer, out var written, NormalizationForm.FormC)
            && !EntityTextGuard.Blocks(ref rewriter, text, start, end - start, buffer[..written]))
        {
            rewriter.Replace(start, end - start, buffer[..written], Reason);
        }
    }
}
