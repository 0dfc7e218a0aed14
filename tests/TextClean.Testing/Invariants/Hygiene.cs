using System.Text;
using TextClean.Pipeline;

namespace TextClean.Testing.Invariants;

/// <summary>A character-level promise about cleaned text.</summary>
public enum HygieneRule
{
    /// <summary>No UTF-16 surrogate without its other half.</summary>
    NoLoneSurrogate,

    /// <summary>No C0 control other than the layout ones (tab, LF, CR, FF, VT); no C1 control that
    /// Windows-1252 has a character for (the controls pass maps those as ftfy does).</summary>
    NoControl,

    /// <summary>No layout control but tab and LF (CR, FF and VT became LF), and no C1 control at all: the
    /// five bytes Windows-1252 leaves undefined go with the other invisible characters. ftfy keeps those
    /// ("apparently intentional"), and so does --whitespace keep.</summary>
    NoLayoutControl,

    /// <summary>No U+FEFF (byte-order mark / zero-width no-break space) inside the text.</summary>
    NoByteOrderMark,

    /// <summary>No carriage return: CRLF and CR became LF.</summary>
    NoCarriageReturn,

    /// <summary>No bidi embedding, override or isolate (U+202A-202E, U+2066-2069: "Trojan Source").</summary>
    NoBidiControl,

    /// <summary>Unicode NFC.</summary>
    Nfc,
}

/// <summary>
/// Which pass answers for which rule. A target's output must keep every rule of every pass it runs, so
/// the full pipelines are held to the whole list (no lone surrogate, no C0/C1 control other than \n and
/// \t, no U+FEFF, NFC) and a pass alone only to its own job. A rule whose pass is not in a pipeline is
/// not asked of it, and a pass that undoes an earlier pass's work (say, joining lines after NFC so that a
/// combining mark meets its base) fails the rule in every chain that runs both.
/// </summary>
public static class Hygiene
{
    private static readonly Dictionary<string, HygieneRule[]> RulesByPass = new(StringComparer.Ordinal)
    {
        ["surrogates"] = [HygieneRule.NoLoneSurrogate],
        ["controls"] = [HygieneRule.NoControl, HygieneRule.NoByteOrderMark],
        ["whitespace"] = [HygieneRule.NoCarriageReturn, HygieneRule.NoLayoutControl, HygieneRule.NoBidiControl],
        ["normalization"] = [HygieneRule.Nfc],
    };

    /// <summary>The pass that answers for <paramref name="rule"/>, by its stable name.</summary>
    public static string ResponsiblePass(HygieneRule rule) =>
        RulesByPass.First(entry => entry.Value.Contains(rule)).Key;

    public static IReadOnlySet<HygieneRule> GuaranteesOf(IEnumerable<TextPass> passes) =>
        passes.SelectMany(p => RulesByPass.GetValueOrDefault(p.Name, [])).ToHashSet();

    /// <summary>The first place <paramref name="text"/> breaks one of <paramref name="rules"/>, or null.</summary>
    public static string? FirstBreach(string text, IReadOnlySet<HygieneRule> rules)
    {
        var hasLoneSurrogate = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                hasLoneSurrogate = true;
                if (rules.Contains(HygieneRule.NoLoneSurrogate))
                {
                    return Breach(HygieneRule.NoLoneSurrogate, text, i);
                }
            }
            else if (rules.Contains(HygieneRule.NoControl) && IsForbiddenControl(c))
            {
                return Breach(HygieneRule.NoControl, text, i);
            }
            else if (rules.Contains(HygieneRule.NoLayoutControl) && IsLayoutControl(c))
            {
                return Breach(HygieneRule.NoLayoutControl, text, i);
            }
            else if (c == '\uFEFF' && rules.Contains(HygieneRule.NoByteOrderMark))
            {
                return Breach(HygieneRule.NoByteOrderMark, text, i);
            }
            else if (c == '\r' && rules.Contains(HygieneRule.NoCarriageReturn))
            {
                return Breach(HygieneRule.NoCarriageReturn, text, i);
            }
            else if (IsBidiControl(c) && rules.Contains(HygieneRule.NoBidiControl))
            {
                return Breach(HygieneRule.NoBidiControl, text, i);
            }
        }

        // NFC is only defined for well-formed text (the BCL throws on lone surrogates), and the BCL also
        // refuses U+FFFE and U+FFFF, which combine with nothing: check the pieces between them.
        if (rules.Contains(HygieneRule.Nfc) && !hasLoneSurrogate)
        {
            var pieceStart = 0;
            for (var end = 0; end <= text.Length; end++)
            {
                if (end < text.Length && text[end] < '\uFFFE')
                {
                    continue;
                }

                var piece = text[pieceStart..end];
                if (!piece.IsNormalized(NormalizationForm.FormC))
                {
                    var nfc = piece.Normalize(NormalizationForm.FormC);
                    var at = 0;
                    while (at < piece.Length && at < nfc.Length && piece[at] == nfc[at])
                    {
                        at++;
                    }

                    return Breach(HygieneRule.Nfc, text, pieceStart + at);
                }

                pieceStart = end + 1;
            }
        }

        return null;
    }

    /// <summary>The C1 controls Windows-1252 has no character for.</summary>
    public static bool IsUndefinedInWindows1252(char c) => c is '\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D';

    public static bool IsForbiddenControl(char c) =>
        (c < '\u0020' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) ||
        (c is >= '\u0080' and <= '\u009F' && c != '\u0085' && !IsUndefinedInWindows1252(c));

    /// <summary>What only the whitespace pass removes: CR, FF, VT, NEL and the undefined C1 controls.</summary>
    public static bool IsLayoutControl(char c) => c is '\r' or '\f' or '\v' or '\u0085' || IsUndefinedInWindows1252(c);

    /// <summary>Issue 3's rule for default output: no C0 or C1 control other than LF and tab.</summary>
    public static bool IsControlOtherThanLineFeedOrTab(char c) => IsForbiddenControl(c) || IsLayoutControl(c);

    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Breach(HygieneRule rule, string text, int at) =>
        $"{rule} broken at offset {at}: ...{Escaping.Escape(Window(text, at))}...";

    private static string Window(string text, int at)
    {
        var start = Math.Max(0, at - 12);
        return text.Substring(start, Math.Min(text.Length, at + 12) - start);
    }
}
