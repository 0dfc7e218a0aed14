using System.Buffers;
using System.Text;
using TextClean.Internal;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>What <see cref="WidthPass"/> does.</summary>
public sealed record WidthOptions
{
    /// <summary>The pass on, ligatures expanded.</summary>
    public static WidthOptions Default { get; } = new();

    /// <summary>The pass off, for <see cref="CleanerOptions.Width"/>: the cleaner leaves it out.</summary>
    public static WidthOptions Off { get; } = new() { Enabled = false };

    /// <summary>Whether the pass runs at all (<see cref="Off"/> is the record with it false).</summary>
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
/// Fullwidth punctuation and symbols (！，：（）＋￥...) are the normal punctuation of Chinese and
/// Japanese text, so they stay on any line that holds CJK characters ("東京，大阪！", and also
/// "「Ctrl＋Alt＋K」で") unless they are part of a fullwidth number or word that becomes ASCII
/// ("６．３％" is "6.3%", not "6．3％"), and become ASCII on other lines ("Ningbo，China" is "Ningbo,China"). ftfy
/// converts them everywhere: its one kind of false positive on Japanese text. The ideographic space is
/// the whitespace pass's business.
/// </remarks>
public sealed class WidthPass : TextPass
{
    /// <summary>A Latin ligature or digraph character made its letters ("ﬁ" is "fi").</summary>
    public const string LigatureReason = "ligature";
    /// <summary>A fullwidth or halfwidth form made its ordinary character ("Ａ" is "A").</summary>
    public const string WidthReason = "character-width";

    /// <summary>The ligatures and the halfwidth and fullwidth forms: one vectorized search finds both
    /// (a <see cref="SearchValues{T}"/> of scattered non-ASCII characters would crawl over curly quotes).</summary>
    private static readonly CharRangeSet LigaturesAndForms = new(
        ('\u0132', '\u0133'), ('\u0149', '\u0149'), ('\u01C4', '\u01CC'), ('\u01F1', '\u01F3'), ('\uFB00', '\uFB06'),
        (WidthTable.First, WidthTable.Last));

    private readonly bool _expandLigatures;

    /// <summary>A pass that does what <paramref name="options"/> say (<see cref="WidthOptions.Default"/>
    /// when null). <see cref="WidthOptions.Enabled"/> is the cleaner's to read: a pass built here runs.</summary>
    public WidthPass(WidthOptions? options = null)
    {
        _expandLigatures = (options ?? WidthOptions.Default).ExpandLigatures;
    }

    /// <inheritdoc />
    public override string Name => "width";

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
        var line = new LineContext(text);
        var done = 0;
        while (i >= 0)
        {
            var c = text[i];
            if (c >= WidthTable.First)
            {
                var replacement = WidthTable.Counterparts.AsSpan(c - WidthTable.First, 1);
                if (replacement[0] != '\0'
                    && !(IsPunctuationOrSymbol(c) && line.HasCjk(i) && !BelongsToFullwidthToken(text, i))
                    && !EntityTextGuard.Blocks(ref rewriter, text, i, 1, replacement))
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

            i = NextCandidate(text, done);
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>The next ligature (when they are expanded) or halfwidth/fullwidth form at or after
    /// <paramref name="from"/>, or -1.</summary>
    private int NextCandidate(string text, int from)
    {
        var rest = text.AsSpan(from);
        var found = _expandLigatures ? LigaturesAndForms.IndexOfAny(rest) : rest.IndexOfAnyInRange(WidthTable.First, WidthTable.Last);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// Whether the fullwidth punctuation or symbol at <paramref name="i"/> is part of a fullwidth number or
    /// word, whose letters and digits become ASCII: between two of them ("６．３", "１０：３０"), a percent sign
    /// after a digit or a currency or plus or minus sign before one ("６％", "￥１００", "－５"). It goes with them, or the token
    /// would come out half wide ("6．3％"). Not a bracket, which pairs with one outside the token ("第２（３）項"
    /// would be "第2(3）項"), a wave dash, which joins a range ("２０～３０人" is "20～30人"), or a comma that
    /// lists rather than groups thousands ("１，２，３" is "1，2，3"; "１０，０００" is "10,000"): these are
    /// the line's punctuation.
    /// </summary>
    private static bool BelongsToFullwidthToken(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : '\0';
        var after = i + 1 < text.Length ? text[i + 1] : '\0';
        return text[i] switch
        {
            '\uFF05' => IsFullwidthDigit(before),
            '\uFF08' or '\uFF09' or '\uFF3B' or '\uFF3D' or '\uFF5B' or '\uFF5D' or '\uFF5E' => false,
            '\uFF0C' => IsFullwidthDigit(before) && GroupsThousands(text, i + 1),
            '\uFF04' or '\uFF0B' or '\uFF0D' or (>= '\uFFE0' and <= '\uFFE1') or (>= '\uFFE5' and <= '\uFFE6') => IsFullwidthDigit(after) || (IsFullwidthLetterOrDigit(before) && IsFullwidthLetterOrDigit(after)),
            _ => IsFullwidthLetterOrDigit(before) && IsFullwidthLetterOrDigit(after),
        };
    }

    private static bool IsFullwidthDigit(char c) => c is >= '\uFF10' and <= '\uFF19';

    // Exactly three fullwidth digits from start: a group of thousands after a comma.
    private static bool GroupsThousands(string text, int start) =>
        start + 3 <= text.Length && IsFullwidthDigit(text[start]) && IsFullwidthDigit(text[start + 1])
        && IsFullwidthDigit(text[start + 2]) && (start + 3 == text.Length || !IsFullwidthDigit(text[start + 3]));

    private static bool IsFullwidthLetterOrDigit(char c) =>
        c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');

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

    /// <summary>Whether the line around a position holds CJK text, worked out once per line as the scan
    /// moves forward, so every line is read at most once more.</summary>
    private ref struct LineContext(string text)
    {
        private int _start = -1;
        private int _end = -1;
        private bool _hasCjk;

        public bool HasCjk(int position)
        {
            if (position < _start || position >= _end)
            {
                _start = text.LastIndexOf('\n', position) + 1;
                var end = text.IndexOf('\n', position);
                _end = end < 0 ? text.Length : end;
                _hasCjk = ContainsCjk(text.AsSpan(_start, _end - _start));
            }

            return _hasCjk;
        }

        private static bool ContainsCjk(ReadOnlySpan<char> line)
        {
            // Everything CJK is at or above U+1100: skip ASCII and Latin in bulk.
            var i = line.IndexOfAnyInRange('\u1100', '\uFFFF');
            while (i >= 0 && i < line.Length)
            {
                if (Rune.DecodeFromUtf16(line[i..], out var rune, out var length) == OperationStatus.Done && IsCjk(rune.Value))
                {
                    return true;
                }

                var after = i + Math.Max(length, 1);
                var next = line[after..].IndexOfAnyInRange('\u1100', '\uFFFF');
                i = next < 0 ? -1 : after + next;
            }

            return false;
        }
    }
}
