using System.Globalization;
using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using TextClean.Internal;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>What <see cref="HtmlEntityPass"/> does.</summary>
public sealed record HtmlEntityOptions
{
    /// <summary>The pass on, double escapes repaired.</summary>
    public static HtmlEntityOptions Default { get; } = new();

    /// <summary>The pass off, for <see cref="CleanerOptions.HtmlEntities"/>: the cleaner leaves it out.</summary>
    public static HtmlEntityOptions Off { get; } = new() { Enabled = false };

    /// <summary>Whether the pass runs at all (<see cref="Off"/> is the record with it false).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>An entity escaped twice ("&amp;amp;eacute;") becomes its character ("é"). When off, such
    /// text is left exactly as it is, so that the pass stays idempotent either way.</summary>
    public bool RepairDoubleEscapes { get; init; } = true;
}

/// <summary>
/// HTML character references become their characters: the full HTML5 named set, decimal and hex
/// numeric references, and references escaped more than once ("&amp;amp;lt;" becomes "&lt;").
/// </summary>
/// <remarks>
/// The rules are HTML's own, read for scraped text, which may sit inside URLs:
/// <list type="bullet">
/// <item>a name with its ';' decodes when HTML5 knows it; without the ';' only the 106 legacy names
/// (&amp;copy, &amp;eacute...) decode, and never before '=' or a letter or digit, which is how HTML
/// reads attribute values, nor before '_', which joins identifiers: "?a=1&amp;copy=2", "&amp;reg_id=42" and
/// "&amp;notit;" stay as they are;</item>
/// <item>numeric references follow HTML5: 0, surrogates and values beyond U+10FFFF give U+FFFD, and
/// 0x80-0x9F are read as Windows-1252 (&amp;#150; is an en dash);</item>
/// <item>the output never holds entity text that a second run would decode: a chain of escaped
/// ampersands decodes to its end, and a reference whose character would complete new entity text
/// after a literal '&amp;' ("&amp;am&amp;#112;;") is left as it is.</item>
/// </list>
/// Runs first among the character passes: "&amp;Atilde;&amp;copy;" is mojibake only once unescaped.
/// </remarks>
public sealed class HtmlEntityPass : TextPass
{
    /// <summary>A named reference decoded ("&amp;eacute;" is "é").</summary>
    public const string NamedReason = "html-entity";
    /// <summary>A numeric reference decoded ("&amp;#233;" and "&amp;#xE9;" are "é").</summary>
    public const string NumericReason = "numeric-reference";
    /// <summary>A reference escaped more than once decoded to its character ("&amp;amp;eacute;" is "é").</summary>
    public const string DoubleEscapeReason = "double-escaped-entity";

    /// <summary>The longest HTML5 entity name ("CounterClockwiseContourIntegral" and its peers).</summary>
    internal const int LongestName = 32;

    /// <summary>Digits read in a numeric reference; a longer one (HTML would read it, as U+FFFD or with
    /// zeros in front) is left as text, so every reference fits in <see cref="LongestReference"/>.</summary>
    internal const int MaxDigits = 32;

    /// <summary>The longest reference text after the '&amp;' and before the ';' that this pass decodes.</summary>
    internal const int LongestReference = MaxDigits + 2;

    // Characters that can continue entity text after an '&': a name, or '#' and digits; U+212A KELVIN SIGN is
    // a 'K' to NFC, so a name too.
    private static readonly SearchValues<char> ReferenceChars =
        SearchValues.Create("#0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u212A");

    // The characters NFC rewrites into reference syntax: U+212A KELVIN SIGN is 'K' and U+037E GREEK QUESTION
    // MARK is ';' ("&\u212Aappa\u037E" is "&Kappa;"), and U+0338 composes a following '=' into '≠'. References
    // are read as NFC will spell them; read as written, the normalization pass could not normalize such text
    // without making a reference that the next run decodes, and had to leave it unnormalized.
    private const char KelvinSign = '\u212A';
    private const char GreekQuestionMark = '\u037E';

    private readonly bool _repairDoubleEscapes;

    /// <summary>A pass that does what <paramref name="options"/> say (<see cref="HtmlEntityOptions.Default"/>
    /// when null). <see cref="HtmlEntityOptions.Enabled"/> is the cleaner's to read: a pass built here runs.</summary>
    public HtmlEntityPass(HtmlEntityOptions? options = null)
    {
        _repairDoubleEscapes = (options ?? HtmlEntityOptions.Default).RepairDoubleEscapes;
    }

    /// <inheritdoc />
    public override string Name => "html-entities";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Character;

    /// <inheritdoc />
    protected override string Transform(string text, ChangeLog? changes)
    {
        var ampersand = text.IndexOf('&');
        if (ampersand < 0)
        {
            return text;
        }

        Span<char> value = stackalloc char[2];

        // Scoped: edits are written from the stack buffer above.
        scoped var rewriter = new TextRewriter(text, changes);
        var examined = 0;

        // Whether the output so far ends with a literal '&' and then only reference characters: a decoded
        // reference character placed there would make entity text that a second run decodes.
        var openAmpersand = false;
        while (ampersand >= 0)
        {
            // "&not=" + a decoded U+0338 would be "&not≠" to NFC: entity text, as a decoded name character would be.
            var openBeforeEquals = openAmpersand && ampersand > examined && text[ampersand - 1] == '='
                && !text.AsSpan(examined, ampersand - 1 - examined).ContainsAnyExcept(ReferenceChars);
            if (ampersand > examined && text.AsSpan(examined, ampersand - examined).ContainsAnyExcept(ReferenceChars))
            {
                openAmpersand = false;
            }

            if (TryDecode(text, ampersand, value, out var length, out var end, out var reason)
                && !(openAmpersand && (ReferenceChars.Contains(value[0]) || value[0] is ';' or GreekQuestionMark))
                && !(openBeforeEquals && IsCombiningMark(value[0])))
            {
                rewriter.Replace(ampersand, end - ampersand, value[..length], reason);

                // Only an escaped ampersand followed by plain text decodes to a bare '&'.
                openAmpersand = value[length - 1] == '&';
                examined = end;
            }
            else
            {
                openAmpersand = true;
                examined = ampersand + 1;
            }

            var next = text.AsSpan(examined).IndexOf('&');
            ampersand = next < 0 ? -1 : examined + next;
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>Decodes the reference, or chain of escaped references, at the '&amp;' at <paramref name="ampersand"/>.</summary>
    private bool TryDecode(string text, int ampersand, Span<char> value, out int length, out int end, out string reason)
    {
        reason = NamedReason;
        if (!TryReadReference(text, ampersand + 1, value, out length, out end, out var numeric))
        {
            return false;
        }

        reason = numeric ? NumericReason : NamedReason;
        if (length != 1 || value[0] != '&')
        {
            return true;
        }

        // An escaped ampersand: whatever reference follows it was escaped twice (or more).
        Span<char> inner = stackalloc char[2];
        while (TryReadReference(text, end, inner, out var innerLength, out var innerEnd, out _))
        {
            if (!_repairDoubleEscapes)
            {
                return false;
            }

            inner[..innerLength].CopyTo(value);
            length = innerLength;
            end = innerEnd;
            reason = DoubleEscapeReason;
            if (innerLength != 1 || inner[0] != '&')
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Whether a reference decodes in <paramref name="afterAmpersand"/>, the text after an '&amp;':
    /// the question the passes after this one ask before an edit next to a literal '&amp;'.</summary>
    internal static bool StartsReference(ReadOnlySpan<char> afterAmpersand)
    {
        Span<char> value = stackalloc char[2];
        return TryReadReference(afterAmpersand, 0, value, out _, out _, out _);
    }

    /// <summary>Reads the reference whose text starts at <paramref name="start"/>, just after an '&amp;'.</summary>
    private static bool TryReadReference(ReadOnlySpan<char> text, int start, Span<char> value, out int length, out int end, out bool numeric)
    {
        length = 0;
        end = start;
        numeric = start < text.Length && text[start] == '#';
        if (start >= text.Length)
        {
            return false;
        }

        return numeric
            ? TryReadNumeric(text, start + 1, value, out length, out end)
            : TryReadNamed(text, start, value, out length, out end);
    }

    private static bool TryReadNamed(ReadOnlySpan<char> text, int start, Span<char> value, out int length, out int end)
    {
        length = 0;
        end = start;
        var limit = Math.Min(text.Length, start + LongestName + 1);
        var stop = start;
        while (stop < limit && (char.IsAsciiLetterOrDigit(text[stop]) || text[stop] == KelvinSign))
        {
            stop++;
        }

        if (stop == start || stop - start > LongestName)
        {
            return false;
        }

        Span<char> name = stackalloc char[stop - start];
        text[start..stop].CopyTo(name);
        name.Replace(KelvinSign, 'K');
        if (!EntityNames.Lookup.TryGetValue(name, out var entity))
        {
            return false;
        }

        if (stop < text.Length && text[stop] is ';' or GreekQuestionMark)
        {
            end = stop + 1;
        }
        else if (entity.Legacy && (stop == text.Length || !ContinuesName(text, stop)))
        {
            end = stop;
        }
        else
        {
            return false;
        }

        entity.Value.CopyTo(value);
        length = entity.Value.Length;
        return true;
    }

    /// <summary>Whether the character at <paramref name="at"/>, after a legacy name (no ';'), makes the name part of a
    /// longer word, so it is no reference: '=' (a URL query), '_' (an identifier: the query parameters
    /// "&amp;reg_id=42" and "&amp;not_found"), or any letter, digit or combining mark, not only ASCII ones, so that
    /// NFC composing "p" + U+0301 into "ṕ" after "&amp;lt" cannot turn text into a reference. An '=' that NFC
    /// composes with the marks after it ("=" + U+0338 is "≠") is no '=' at all.</summary>
    private static bool ContinuesName(ReadOnlySpan<char> text, int at)
    {
        var c = text[at];
        return c is '_' || (c == '=' && !ComposesWithMarks(text, at)) || char.IsLetterOrDigit(c) || char.IsSurrogate(c) || IsCombiningMark(c);
    }

    private static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Whether NFC turns the character at <paramref name="starter"/> and the combining marks after it
    /// (as many as the normalization pass composes at once) into text that starts with another character.</summary>
    private static bool ComposesWithMarks(ReadOnlySpan<char> text, int starter)
    {
        var end = starter + 1;
        while (end < text.Length && end - starter <= NormalizationPass.MaxNonStarters && IsCombiningMark(text[end]))
        {
            end++;
        }

        // Marks only, never a surrogate or a noncharacter, so the normalizer accepts them; a mark may
        // decompose into three.
        Span<char> normalized = stackalloc char[3 * (NormalizationPass.MaxNonStarters + 2)];
        return end > starter + 1
            && text[starter..end].TryNormalize(normalized, out var written, NormalizationForm.FormC)
            && written > 0 && normalized[0] != text[starter];
    }

    private static bool TryReadNumeric(ReadOnlySpan<char> text, int start, Span<char> value, out int length, out int end)
    {
        length = 0;
        end = start;
        var hex = start < text.Length && (text[start] | 0x20) == 'x';
        var digitsStart = hex ? start + 1 : start;
        var position = digitsStart;
        var codePoint = 0;
        while (position < text.Length && position - digitsStart <= MaxDigits)
        {
            var digit = DigitValue(text[position], hex);
            if (digit < 0)
            {
                break;
            }

            // Saturate: any value past U+10FFFF is as invalid as any other, however many digits it has.
            codePoint = Math.Min(codePoint * (hex ? 16 : 10) + digit, 0x110000);
            position++;
        }

        if (position == digitsStart || position - digitsStart > MaxDigits)
        {
            return false;
        }

        end = position < text.Length && text[position] == ';' ? position + 1 : position;
        if (codePoint is 0 or > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        {
            value[0] = '\uFFFD';
            length = 1;
        }
        else if (codePoint is >= 0x80 and <= 0x9F)
        {
            value[0] = Windows1252.ToChar((byte)codePoint);
            length = 1;
        }
        else
        {
            length = new Rune(codePoint).EncodeToUtf16(value);
        }

        return true;
    }

    private static int DigitValue(char c, bool hex)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        var lower = c | 0x20;
        return hex && lower is >= 'a' and <= 'f' ? lower - 'a' + 10 : -1;
    }

    /// <summary>The HTML5 names, built on first use (thread-safe by the type initializer).</summary>
    private static class EntityNames
    {
        public static readonly FrozenDictionary<string, (string Value, bool Legacy)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
            HtmlEntityTable.Entries
                .ToFrozenDictionary(e => e.Name, e => (e.Value, e.Legacy), StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
