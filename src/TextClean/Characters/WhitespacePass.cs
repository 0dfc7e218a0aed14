using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using TextClean.Internal;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>What <see cref="WhitespacePass"/> does; the pass itself runs only under
/// <see cref="WhitespaceMode.Normalize"/>.</summary>
public sealed record WhitespaceOptions
{
    /// <summary>Bidi controls removed, lines trimmed.</summary>
    public static WhitespaceOptions Default { get; } = new();

    /// <summary>Bidi embedding, override and isolate controls (U+202A-202E, U+2066-2069) are removed: they
    /// can reorder what a reader sees ("Trojan Source"). The implicit marks LRM, RLM and ALM stay: they
    /// only nudge neutral characters and mixed-direction text needs them.</summary>
    public bool RemoveBidiControls { get; init; } = true;

    /// <summary>Spaces and tabs at the start and end of a line are removed, not only runs collapsed.</summary>
    public bool TrimLines { get; init; } = true;
}

/// <summary>
/// Odd and invisible whitespace: every space character (NBSP, narrow NBSP, en, em, thin, hair, figure,
/// ideographic...) and tab becomes a plain space and runs of them collapse to one; lines are trimmed;
/// CRLF, CR, U+2028, U+2029, NEL, form feed and vertical tab become LF; zero-width space, word joiner,
/// soft hyphen, bidi controls and leftover C1 controls are removed (a soft hyphen that ends a line joins the word
/// the layout broke there); ZWJ and ZWNJ are removed except where a script needs
/// them: ZWJ inside emoji sequences (👨‍👩‍👧, 🏳️‍🌈), both next to letters and marks of joining and Indic
/// scripts (Arabic, Persian, Syriac, Devanagari, Bengali, Malayalam, Sinhala, Mongolian...).
/// </summary>
/// <remarks>Blank lines are left as they are: paragraphs are the block stage's business.</remarks>
public sealed class WhitespacePass : TextPass
{
    /// <summary>A run of spaces, tabs and invisible characters made one space, or removed at a line's end.</summary>
    public const string SpaceReason = "whitespace";
    /// <summary>A line break made LF (CRLF, CR, U+2028, U+2029, NEL, FF, VT), or a soft hyphen at a line's
    /// end joined with the next line.</summary>
    public const string LineBreakReason = "line-break";
    /// <summary>An invisible character removed: zero-width space, word joiner, soft hyphen, bidi control, a
    /// joiner no script needs there, a C1 control no code page explains.</summary>
    public const string InvisibleReason = "invisible-character";

    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    // Every character that may need work except ' ' and '\n', whose work is found by the pair searches.
    private static readonly CharRangeSet Specials = new(
        ('\t', '\t'), ('\u000B', '\r'), ('\u0080', '\u009F'), ('\u00A0', '\u00A0'), ('\u00AD', '\u00AD'), ('\u1680', '\u1680'),
        ('\u2000', '\u200D'), ('\u2028', '\u202F'), ('\u205F', '\u2060'), ('\u2066', '\u2069'), ('\u3000', '\u3000'));

    private readonly bool _removeBidiControls;
    private readonly bool _trimLines;

    /// <summary>A pass that does what <paramref name="options"/> say (<see cref="WhitespaceOptions.Default"/> when null).</summary>
    public WhitespacePass(WhitespaceOptions? options = null)
    {
        options ??= WhitespaceOptions.Default;
        _removeBidiControls = options.RemoveBidiControls;
        _trimLines = options.TrimLines;
    }

    /// <inheritdoc />
    public override string Name => "whitespace";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Character;

    /// <inheritdoc />
    protected override string Transform(string text, ChangeLog? changes)
    {
        var i = NextCandidate(text, 0);
        if (i < 0)
        {
            return text;
        }

        var rewriter = new TextRewriter(text, changes);
        var done = 0;
        while (i >= 0)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                var spaces = i;
                while (spaces > done && text[spaces - 1] == ' ')
                {
                    spaces--;
                }

                if (spaces < i && _trimLines)
                {
                    InvisibleDeletion.Delete(ref rewriter, text, spaces, i - spaces, SpaceReason);
                }

                var length = LineBreakLength(text, i);
                rewriter.Replace(i, length, "\n", LineBreakReason);
                done = EndOfRun(ref rewriter, text, i + length, lineStart: true);
            }
            else if (IsHorizontalSpace(c) || IsRemovable(text, i))
            {
                // A run of spaces and invisible characters; the spaces just before it were not candidates.
                var start = i;
                while (start > done && text[start - 1] == ' ')
                {
                    start--;
                }

                done = EndOfRun(ref rewriter, text, start, lineStart: start == 0 || IsLineBreak(text[start - 1]));
            }
            else
            {
                // A joiner the script needs.
                done = i + 1;
            }

            i = NextCandidate(text, done);
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>Rewrites the run of spaces and removable characters at <paramref name="start"/> and returns
    /// where it ends: nothing when it holds only invisible characters, otherwise one space, or nothing at
    /// a line's start or end.</summary>
    private int EndOfRun(ref TextRewriter rewriter, string text, int start, bool lineStart)
    {
        var end = start;
        var hasSpace = false;
        while (end < text.Length)
        {
            var c = text[end];
            if (IsHorizontalSpace(c))
            {
                hasSpace = true;
            }
            else if (!IsRemovable(text, end))
            {
                break;
            }

            end++;
        }

        if (end == start)
        {
            return end;
        }

        // Not when the join would spell entity text ("&am\u00AD\np;"): the deletion would put U+FFFD there
        // to keep the next run from decoding it, and a line break is better than that.
        if (!hasSpace && SoftHyphenBreakEnd(text, start, end) is var joinedEnd && joinedEnd > end
            && !EntityTextGuard.Blocks(ref rewriter, text, start, joinedEnd - start, default))
        {
            InvisibleDeletion.Delete(ref rewriter, text, start, joinedEnd - start, LineBreakReason);
            return joinedEnd;
        }

        var lineEnd = end == text.Length || IsLineBreak(text[end]);
        if (!hasSpace || (_trimLines && (lineStart || lineEnd)))
        {
            InvisibleDeletion.Delete(ref rewriter, text, start, end - start, hasSpace ? SpaceReason : InvisibleReason);
        }
        else
        {
            rewriter.Replace(start, end - start, " ", SpaceReason);
        }

        return end;
    }

    /// <summary>Where the next line's word starts when the invisible run [start, end) ends in a soft hyphen
    /// between a letter and a line break, with a letter opening the next line (after the spaces that trimming
    /// removes): the layout broke a word there, as PDF text carries it ("nego\u00AD\ntiations"), and the word
    /// is joined, not only the hyphen dropped. Otherwise <paramref name="end"/>.</summary>
    private int SoftHyphenBreakEnd(string text, int start, int end)
    {
        if (text[end - 1] != '\u00AD' || end == text.Length || !IsLineBreak(text[end])
            || Rune.DecodeLastFromUtf16(text.AsSpan(0, start), out var before, out _) != OperationStatus.Done || !Rune.IsLetter(before))
        {
            return end;
        }

        var next = end + LineBreakLength(text, end);
        while (_trimLines && next < text.Length && IsHorizontalSpace(text[next]))
        {
            next++;
        }

        return Rune.DecodeFromUtf16(text.AsSpan(next), out var after, out _) == OperationStatus.Done && Rune.IsLetter(after) ? next : end;
    }

    /// <summary>The length of the line break at <paramref name="i"/>: 2 for CRLF, else 1.</summary>
    private static int LineBreakLength(string text, int i) => text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsHorizontalSpace(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';

    /// <summary>Whether the invisible character at <paramref name="i"/> goes.</summary>
    private bool IsRemovable(string text, int i) => text[i] switch
    {
        '\u200B' or '\u2060' or '\u00AD' => true,
        // The C1 controls the controls pass leaves: the five bytes Windows-1252 has no character for. ftfy
        // keeps them ("apparently intentional"), and so does --whitespace keep; normalized text has none.
        (>= '\u0080' and <= '\u009F') and not '\u0085' => true,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => _removeBidiControls,
        // In a joining or Indic script one side is enough: a ZWJ ends a word in Malayalam's old chillu
        // spelling ("അവന്‍") and Bengali's khanda ta. An emoji sequence needs both sides.
        ZeroWidthNonJoiner => !(NeighbourBefore(text, i, Neighbour.Script) || NeighbourAfter(text, i + 1, Neighbour.Script)),
        ZeroWidthJoiner => !(NeighbourBefore(text, i, Neighbour.Script) || NeighbourAfter(text, i + 1, Neighbour.Script))
                           && !(NeighbourBefore(text, i, Neighbour.Emoji) && NeighbourAfter(text, i + 1, Neighbour.Emoji)),
        _ => false,
    };

    /// <summary>Letters and marks of the scripts whose shaping ZWJ and ZWNJ control.</summary>
    private static bool ScriptJoins(int cp) =>
        cp is (>= 0x0600 and <= 0x08FF)      // Arabic (with Persian and Urdu), Syriac, Thaana, N'Ko, Samaritan, Mandaic
            or (>= 0x0900 and <= 0x0DFF)     // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
            or (>= 0x0F00 and <= 0x109F)     // Tibetan, Myanmar
            or (>= 0x1780 and <= 0x18AF)     // Khmer, Mongolian
            or (>= 0xA840 and <= 0xA8FF)     // Phags-pa, Saurashtra, Devanagari Extended
            or (>= 0xFB50 and <= 0xFDFF)     // Arabic presentation forms
            or (>= 0xFE70 and <= 0xFEFE)
            or (>= 0x11000 and <= 0x11DFF);  // Brahmi and the other historic Indic scripts

    /// <summary>Pictographs and the characters that sit inside emoji ZWJ sequences.</summary>
    private static bool IsEmojiPart(int cp) =>
        cp is 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x20E3 or 0xFE0F
            or (>= 0x2190 and <= 0x21FF) or (>= 0x2300 and <= 0x23FF) or (>= 0x2460 and <= 0x27BF)
            or (>= 0x2900 and <= 0x297F) or (>= 0x2B00 and <= 0x2BFF) or 0x3030 or 0x303D or 0x3297 or 0x3299
            or (>= 0x1F000 and <= 0x1FAFF) or (>= 0xE0020 and <= 0xE007F);

    private enum Neighbour
    {
        Script,
        Emoji,
    }

    private static bool Is(Neighbour kind, int cp) => kind == Neighbour.Script ? ScriptJoins(cp) : IsEmojiPart(cp);

    // A neighbour is a whole cluster: a base and its combining marks, any of which may count. Normalization
    // reorders marks, so "the character next to the joiner" would not be stable from one run to the next.
    private static bool NeighbourBefore(string text, int i, Neighbour kind)
    {
        while (i > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out var rune, out var length) == OperationStatus.Done)
        {
            if (Is(kind, rune.Value))
            {
                return true;
            }

            if (!IsMark(rune))
            {
                return false;
            }

            i -= length;
        }

        return false;
    }

    private static bool NeighbourAfter(string text, int i, Neighbour kind)
    {
        while (i < text.Length && Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) == OperationStatus.Done)
        {
            if (Is(kind, rune.Value))
            {
                return true;
            }

            if (!IsMark(rune))
            {
                return false;
            }

            i += length;
        }

        return false;
    }

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// The first place at or after <paramref name="from"/> that may need work, or -1: a special character, a
    /// space before a space or '\n', and with trimming a space after '\n' or at either end of the text. One
    /// vectorized scan compares each vector of characters with the same vector shifted by one.
    /// </summary>
    private int NextCandidate(string text, int from)
    {
        var i = from;
        if (i == 0 && text.Length > 0 && text[0] == ' ' && _trimLines)
        {
            return 0;
        }

        if (Vector.IsHardwareAccelerated)
        {
            ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            var count = Vector<ushort>.Count;
            var spaceAfterBreak = _trimLines ? Vector<ushort>.AllBitsSet : Vector<ushort>.Zero;
            // Stop one short of the end: the last character has no successor, and the scalar loop sees it.
            // Two vectors per test, so that plain text costs one well-predicted branch per 2 x 16 characters.
            for (; i <= text.Length - (2 * count) - 1; i += 2 * count)
            {
                var low = Vector.LoadUnsafe(ref units, (nuint)i);
                var lowNext = Vector.LoadUnsafe(ref units, (nuint)(i + 1));
                var high = Vector.LoadUnsafe(ref units, (nuint)(i + count));
                var highNext = Vector.LoadUnsafe(ref units, (nuint)(i + count + 1));
                if (Vector.EqualsAll(SpacePairs(low, lowNext) | SpacePairs(high, highNext), Vector<ushort>.Zero)
                    && Vector.EqualsAll(Specials.SafeLanesWithLineBreaks(low) & Specials.SafeLanesWithLineBreaks(high), Vector<ushort>.AllBitsSet))
                {
                    continue;
                }

                if (!Vector.EqualsAll(Hits(low, lowNext, spaceAfterBreak), Vector<ushort>.Zero))
                {
                    break;
                }

                if (!Vector.EqualsAll(Hits(high, highNext, spaceAfterBreak), Vector<ushort>.Zero))
                {
                    i += count;
                    break;
                }
            }

            for (; i <= text.Length - count - 1; i += count)
            {
                var chars = Vector.LoadUnsafe(ref units, (nuint)i);
                var next = Vector.LoadUnsafe(ref units, (nuint)(i + 1));
                if (!Vector.EqualsAll(Hits(chars, next, spaceAfterBreak), Vector<ushort>.Zero))
                {
                    break;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (NeedsLook(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Lanes where a space meets a space or a line feed, in either order: the only pairs that may
    /// need work (a line feed before a space only when lines are trimmed, which <see cref="Hits"/> checks).
    /// Exact rather than "both up to ' '", because a paragraph break ("\n\n") is in every few vectors of text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<ushort> SpacePairs(Vector<ushort> chars, Vector<ushort> next)
    {
        var space = new Vector<ushort>(' ');
        var lineFeed = new Vector<ushort>('\n');
        var nextIsSpace = Vector.Equals(next, space);
        return (Vector.Equals(chars, space) & (nextIsSpace | Vector.Equals(next, lineFeed))) | (Vector.Equals(chars, lineFeed) & nextIsSpace);
    }

    /// <summary>Lanes of <paramref name="chars"/> that <see cref="NeedsLook"/> would stop at (but for the text's
    /// edges, which the scalar loop sees).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<ushort> Hits(Vector<ushort> chars, Vector<ushort> next, Vector<ushort> spaceAfterBreak)
    {
        var space = new Vector<ushort>(' ');
        var lineFeed = new Vector<ushort>('\n');
        var nextIsSpace = Vector.Equals(next, space);
        return (Vector.Equals(chars, space) & (nextIsSpace | Vector.Equals(next, lineFeed)))
            | (Vector.Equals(chars, lineFeed) & nextIsSpace & spaceAfterBreak)
            | Specials.MatchesSlowly(chars);
    }

    private bool NeedsLook(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return c switch
        {
            ' ' => next is ' ' or '\n' || (_trimLines && (i == 0 || i == text.Length - 1)),
            '\n' => _trimLines && next == ' ',
            _ => Specials.Contains(c),
        };
    }
}
