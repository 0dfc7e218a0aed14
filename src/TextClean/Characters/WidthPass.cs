using System.Buffers;
using System.Globalization;
using System.Text;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>What <see cref="WidthPass"/> does.</summary>
public sealed record WidthOptions
{
    public static WidthOptions Default { get; } = new();

    /// <summary>Whether the pass runs at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Latin ligatures and digraph characters (ﬁ, ﬂ, ĳ, ǆ...) become their letters.</summary>
    public bool ExpandLigatures { get; init; } = true;
}

/// <summary>
/// Characters that are another character drawn at a different width or joined for typesetting:
/// Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, Dutch ĳ, Croatian ǆ ǉ ǌ, Afrikaans ŉ) become their letters;
/// fullwidth Latin letters and digits (ＡＢＣ１２３) become ASCII; halfwidth katakana and Hangul
/// become their ordinary forms.
/// </summary>
/// <remarks>
/// Fullwidth punctuation and symbols (！，：（）￥...) are the normal punctuation of Chinese and
/// Japanese text, so a run of them stays when the character next to it, past spaces, is CJK
/// ("東京，大阪！"), and becomes ASCII otherwise ("Ningbo，China" is "Ningbo,China"). ftfy converts
/// them everywhere, its one kind of false positive on Japanese text. The ideographic space is the
/// whitespace pass's business.
/// </remarks>
public sealed class WidthPass : TextPass
{
    public const string LigatureReason = "ligature";
    public const string WidthReason = "character-width";

    private static readonly SearchValues<char> Ligatures = SearchValues.Create(
        "\u0132\u0133\u0149\u01C4\u01C5\u01C6\u01C7\u01C8\u01C9\u01CA\u01CB\u01CC\u01F1\u01F2\u01F3" +
        "\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06");

    private readonly bool _expandLigatures;

    public WidthPass(WidthOptions? options = null)
    {
        _expandLigatures = (options ?? WidthOptions.Default).ExpandLigatures;
    }

    public override string Name => "width";

    public override PassStage Stage => PassStage.Character;

    protected override string Transform(string text, ChangeLog? changes)
    {
        int wide = -2, ligature = -2;
        var i = NextCandidate(text, 0, ref wide, ref ligature);
        if (i < 0)
        {
            return text;
        }

        var rewriter = new TextRewriter(text, changes);
        var done = 0;
        while (i >= 0)
        {
            var c = text[i];
            if (IsPunctuationOrSymbol(c))
            {
                done = RewritePunctuationRun(ref rewriter, text, i, done);
            }
            else if (c >= WidthTable.First)
            {
                var counterpart = WidthTable.Counterparts[c - WidthTable.First];
                var replacement = WidthTable.Counterparts.AsSpan(c - WidthTable.First, 1);
                if (counterpart != '\0' && !EntityTextGuard.Blocks(ref rewriter, text, i, 1, replacement))
                {
                    rewriter.Replace(i, 1, replacement, WidthReason);
                }

                done = i + 1;
            }
            else
            {
                var letters = LigatureLetters(c);
                if (!EntityTextGuard.Blocks(ref rewriter, text, i, 1, letters))
                {
                    rewriter.Replace(i, 1, letters, LigatureReason);
                }

                done = i + 1;
            }

            i = NextCandidate(text, done, ref wide, ref ligature);
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>The next ligature or halfwidth/fullwidth form at or after <paramref name="from"/>, or -1. Each
    /// search is remembered until the scan passes what it found, so the text is searched once.</summary>
    private int NextCandidate(string text, int from, ref int wide, ref int ligature)
    {
        if (wide != -1 && wide < from)
        {
            var found = text.AsSpan(from).IndexOfAnyInRange(WidthTable.First, WidthTable.Last);
            wide = found < 0 ? -1 : from + found;
        }

        if (!_expandLigatures)
        {
            ligature = -1;
        }
        else if (ligature != -1 && ligature < from)
        {
            var found = text.AsSpan(from).IndexOfAny(Ligatures);
            ligature = found < 0 ? -1 : from + found;
        }

        return wide < 0 ? ligature : ligature < 0 ? wide : Math.Min(wide, ligature);
    }

    /// <summary>Rewrites the run of fullwidth punctuation (with the spaces among and after it) that starts at
    /// <paramref name="start"/> unless it stands next to CJK text; returns where the run ends.</summary>
    private static int RewritePunctuationRun(ref TextRewriter rewriter, string text, int start, int done)
    {
        var end = start;
        while (end < text.Length && (IsPunctuationOrSymbol(text[end]) || text[end] is ' ' or '\t'))
        {
            end++;
        }

        // Spaces before the run were not part of an earlier run (it would have taken them), so this look
        // back never covers the same text twice.
        var before = start;
        while (before > done && text[before - 1] is ' ' or '\t')
        {
            before--;
        }

        if (CjkBefore(text, before) || CjkFrom(text, end))
        {
            return end;
        }

        for (var i = start; i < end; i++)
        {
            if (IsPunctuationOrSymbol(text[i]))
            {
                var replacement = WidthTable.Counterparts.AsSpan(text[i] - WidthTable.First, 1);
                if (!EntityTextGuard.Blocks(ref rewriter, text, i, 1, replacement))
                {
                    rewriter.Replace(i, 1, replacement, WidthReason);
                }
            }
        }

        return end;
    }

    /// <summary>Fullwidth ASCII punctuation and the fullwidth currency and other signs (U+FFE0-FFE6).</summary>
    private static bool IsPunctuationOrSymbol(char c) =>
        c is (>= '\uFF01' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or (>= '\uFF3B' and <= '\uFF40')
            or (>= '\uFF5B' and <= '\uFF5E') or (>= '\uFFE0' and <= '\uFFE6');

    /// <summary>Han, kana, Hangul, bopomofo and CJK punctuation: text whose punctuation is fullwidth.</summary>
    private static bool IsCjk(int cp) =>
        cp is (>= 0x1100 and <= 0x11FF) or (>= 0x2E80 and <= 0x2FDF) or (>= 0x2FF0 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA960 and <= 0xA97F) or (>= 0xAC00 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF61 and <= 0xFFDC)
            or (>= 0x1B000 and <= 0x1B16F) or (>= 0x20000 and <= 0x3FFFF);

    private static string LigatureLetters(char c) => c switch
    {
        '\u0132' => "IJ",
        '\u0133' => "ij",
        '\u0149' => "\u02BCn",   // Afrikaans 'n, made one character to keep it from being curled
        '\u01C4' => "D\u017D",
        '\u01C5' => "D\u017E",
        '\u01C6' => "d\u017E",
        '\u01C7' => "LJ",
        '\u01C8' => "Lj",
        '\u01C9' => "lj",
        '\u01CA' => "NJ",
        '\u01CB' => "Nj",
        '\u01CC' => "nj",
        '\u01F1' => "DZ",
        '\u01F2' => "Dz",
        '\u01F3' => "dz",
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' => "\u017Ft",   // long s and t, as the ligature is drawn
        '\uFB06' => "st",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    // Combining marks count with their base, and a CJK mark makes its base CJK: halfwidth ﾞ (a CJK
    // letter) becomes the combining U+3099, which normalization may then move past other marks.
    private static bool CjkBefore(string text, int i)
    {
        while (i > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out var rune, out var length) == OperationStatus.Done)
        {
            if (IsCjk(rune.Value))
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

    private static bool CjkFrom(string text, int i)
    {
        while (i < text.Length && Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) == OperationStatus.Done)
        {
            if (IsCjk(rune.Value))
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
}
