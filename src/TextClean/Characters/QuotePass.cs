using System.Buffers;
using System.Globalization;
using System.Text;
using TextClean.Characters.Mojibake;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>What <see cref="QuotePass"/> does. <see cref="QuoteStyle.Keep"/> means no pass at all.</summary>
public sealed record QuoteOptions
{
    /// <summary><see cref="QuoteStyle.Normalize"/>.</summary>
    public static QuoteOptions Default { get; } = new();

    /// <summary><see cref="QuoteStyle.Normalize"/> or <see cref="QuoteStyle.Ascii"/>; the pass refuses
    /// <see cref="QuoteStyle.Keep"/>, which means no quote pass.</summary>
    public QuoteStyle Style { get; init; } = QuoteStyle.Normalize;
}

/// <summary>
/// Quotes and apostrophes. <see cref="QuoteStyle.Normalize"/>: the apostrophe look-alikes U+02BC (ʼ),
/// U+00B4 (´) and U+0060 (`) between two letters ("Russiaʼs", "don´t"), and ʼ at an edge of a word beside an
/// ASCII letter or digit ("farmersʼ", "ʼtwas"; a glottal stop written so, as in Navajo "łaʼ", becomes ’ too),
/// become the typographic apostrophe ’, and nothing else changes.
/// <see cref="QuoteStyle.Ascii"/>: the single quotes ‘ ’ ‚ ‛
/// and ʼ become ', the double quotes “ ” „ ‟ become ", and the look-alikes between letters become ',
/// as ftfy's <c>uncurl_quotes</c> does.
/// </summary>
/// <remarks>Left alone in both styles: guillemets « » ‹ › (real quotation marks in many languages),
/// primes ′ ″ (minutes, inches), ´ or ` that are not inside a word (an accent written on its own), and ´
/// that ends a misread UTF-8 sequence the mojibake pass declined ("DrÃ´ber", "Ð´Ð°": the byte 0xB4 of
/// "ô" or "д"), which an apostrophe there would make unrecoverable.
/// Runs after Unicode normalization, which turns the Greek accents U+1FEF and U+1FFD into ` and ´.</remarks>
public sealed class QuotePass : TextPass
{
    /// <summary>An apostrophe look-alike between letters made ’ (or ' in <see cref="QuoteStyle.Ascii"/>).</summary>
    public const string ApostropheReason = "apostrophe";
    /// <summary>A curly quote made straight (<see cref="QuoteStyle.Ascii"/> only).</summary>
    public const string QuoteReason = "quote";

    private const string Apostrophe = "\u2019";

    private static readonly SearchValues<char> LookAlikes = SearchValues.Create("\u02BC\u00B4`");
    private static readonly SearchValues<char> AsciiCandidates = SearchValues.Create("\u02BC\u00B4`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F");

    private readonly bool _ascii;

    /// <summary>A pass in the style of <paramref name="options"/> (<see cref="QuoteOptions.Default"/> when null).</summary>
    /// <exception cref="ArgumentException">The style is <see cref="QuoteStyle.Keep"/>: leave the pass out instead.</exception>
    public QuotePass(QuoteOptions? options = null)
    {
        var style = (options ?? QuoteOptions.Default).Style;
        if (style == QuoteStyle.Keep)
        {
            throw new ArgumentException("QuoteStyle.Keep means no quote pass; leave the pass out instead.", nameof(options));
        }

        _ascii = style == QuoteStyle.Ascii;
    }

    /// <inheritdoc />
    public override string Name => "quotes";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Character;

    /// <inheritdoc />
    protected override string Transform(string text, ChangeLog? changes)
    {
        var candidates = _ascii ? AsciiCandidates : LookAlikes;
        var i = text.AsSpan().IndexOfAny(candidates);
        if (i < 0)
        {
            return text;
        }

        var rewriter = new TextRewriter(text, changes);
        while (i >= 0)
        {
            switch (text[i])
            {
                case '\u02BC' or '\u00B4' or '`' when IsInsideWord(text, i) && !IsMisreadByte(text, i):
                case '\u02BC' when IsAtLatinWordEdge(text, i):
                    rewriter.Replace(i, 1, _ascii ? "'" : Apostrophe, ApostropheReason);
                    break;
                case '\u02BC' or '\u2018' or '\u2019' or '\u201A' or '\u201B' when _ascii:
                    rewriter.Replace(i, 1, "'", QuoteReason);
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' when _ascii:
                    rewriter.Replace(i, 1, "\"", QuoteReason);
                    break;
            }

            var next = text.AsSpan(i + 1).IndexOfAny(candidates);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>
    /// A ´ that ends a misread UTF-8 sequence ("Ã´" is "ô", "Ð´" is "д", "Î´" is "δ"): a byte of mojibake the
    /// mojibake pass declined, which only a later tool can still repair. A real apostrophe there would follow
    /// an uppercase accented letter ("JOSÉ´S"), where a ´ left as it is costs little. The ASCII style's quotes
    /// are not held back so: they end such sequences in common text ("Brontë…”" reads as a Hangul syllable).
    /// </summary>
    /// <remarks>Every byte of a misread sequence is beyond ASCII: "don´t" is settled by the one test before the
    /// table lookups. The characters before it are read as this pass leaves them (a quote the ASCII style
    /// straightens leads no sequence), so that a second run decides as the first did.</remarks>
    private bool IsMisreadByte(string text, int i)
    {
        const int MaxContinuations = 3; // as far back as LegacyCodePages.MayEndSequence looks
        if (text[i] != '\u00B4' || i == 0)
        {
            return false;
        }

        var start = Math.Max(0, i - MaxContinuations);
        Span<char> window = stackalloc char[MaxContinuations + 1];
        window = window[..(i - start + 1)];
        text.AsSpan(start, window.Length).CopyTo(window);
        for (var k = 0; k < window.Length - 1; k++)
        {
            if (_ascii ? AsciiCandidates.Contains(window[k]) : LookAlikes.Contains(window[k]))
            {
                window[k] = _ascii ? '\'' : '\u2019';
            }
        }

        return !char.IsAscii(window[^2]) && LegacyCodePages.MayEndSequence(window, window.Length - 1);
    }

    /// <summary>ʼ at either edge of a word of ASCII letters and digits: a plural's possessive ("farmersʼ", "the
    /// 1990sʼ") or an elision ("ʼtwas", "ʼ90s"). Only ʼ, which is no accent written alone, as ´ and ` may be.</summary>
    private static bool IsAtLatinWordEdge(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsAsciiLetterOrDigit(before) && !IsWordCharacter(after)) || (char.IsAsciiLetterOrDigit(after) && !IsWordCharacter(before));

        // ʼ is a modifier letter: a neighbour ʼ counts as the apostrophe this pass makes it, so "xʼʼ1" is decided
        // as "x’’1" would be, and a second run changes nothing
        static bool IsWordCharacter(char c) => c != '\u02BC' && char.IsLetterOrDigit(c);
    }

    /// <summary>A letter (perhaps with combining marks) before, a letter after.</summary>
    private static bool IsInsideWord(string text, int i)
    {
        if (i + 1 >= text.Length || Rune.DecodeFromUtf16(text.AsSpan(i + 1), out var after, out _) != OperationStatus.Done || !Rune.IsLetter(after))
        {
            return false;
        }

        var before = i;
        while (before > 0)
        {
            if (Rune.DecodeLastFromUtf16(text.AsSpan(0, before), out var rune, out var length) != OperationStatus.Done)
            {
                return false;
            }

            if (Rune.IsLetter(rune))
            {
                return true;
            }

            if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                return false;
            }

            before -= length;
        }

        return false;
    }
}
