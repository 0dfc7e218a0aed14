using TextClean.Internal;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>What <see cref="ControlCharacterPass"/> does.</summary>
public sealed record ControlCharacterOptions
{
    /// <summary>The pass on, with every repair it makes.</summary>
    public static ControlCharacterOptions Default { get; } = new();

    /// <summary>The pass off, for <see cref="CleanerOptions.Controls"/>: the cleaner leaves it out.</summary>
    public static ControlCharacterOptions Off { get; } = new() { Enabled = false };

    /// <summary>Whether the pass runs at all (<see cref="Off"/> is the record with it false).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>ANSI/ECMA-48 escape sequences (colours, cursor moves, window titles) are removed whole,
    /// not just their ESC.</summary>
    public bool RemoveTerminalEscapes { get; init; } = true;

    /// <summary>C1 controls become the Windows-1252 characters of the same byte ("\u0085" is "…"). The one
    /// switch for C1 controls in a cleaner: it holds for the mojibake pass too, which reads the C1 controls
    /// inside the stretches it examines. When off, no pass reads them as a code page's bytes: they stay, or
    /// with <see cref="WhitespaceMode.Normalize"/> the whitespace pass removes them (NEL is a line break).</summary>
    public bool RepairC1Controls { get; init; } = true;
}

/// <summary>
/// Removes characters that are never text: terminal escape sequences, C0 controls, U+FEFF, deprecated
/// format characters, interlinear annotation marks, the object replacement character and noncharacters;
/// and repairs C1 controls, which in scraped text are Windows-1252 bytes that were read as Latin-1.
/// </summary>
/// <remarks>
/// <para>Kept: tab, line feed and carriage return, and also form feed and vertical tab: they separate
/// words and lines (page breaks in PDF text, line breaks in Word exports), so deleting them would glue
/// words together; the whitespace pass turns them into line feeds.</para>
/// <para>The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as the C1
/// controls they are, as ftfy leaves them: nothing says what they were, and they are a clue for
/// anyone looking at the damage.</para>
/// <para>Not touched: joiners, bidi controls and other invisible format characters (the whitespace
/// pass, which <c>--whitespace keep</c> turns off), tag characters (emoji flags such as Wales use
/// them), and lone surrogates (the surrogate pass).</para>
/// Runs after the mojibake pass: a C1 control is often one byte of UTF-8 mojibake ("â\u0080\u0099"),
/// which that pass repairs whole.
/// </remarks>
public sealed class ControlCharacterPass : TextPass
{
    /// <summary>A character that is never text removed: a C0 control, DEL, an ESC that starts no sequence,
    /// U+FEFF, a deprecated format character, an annotation mark or the object replacement character.</summary>
    public const string ControlReason = "control-character";
    /// <summary>A terminal escape sequence removed whole.</summary>
    public const string EscapeSequenceReason = "terminal-escape";
    /// <summary>A C1 control replaced by the Windows-1252 character of its byte.</summary>
    public const string C1Reason = "c1-control";
    /// <summary>A noncharacter removed (U+FDD0-U+FDEF, U+FFFE, U+FFFF and their supplementary twins).</summary>
    public const string NoncharacterReason = "noncharacter";

    private const char Escape = '\u001B';

    // Everything this pass may act on; all else is skipped by a vectorized search. Supplementary
    // noncharacters (U+1FFFE...) are pairs whose low half is U+DFFE or U+DFFF.
    private static readonly CharRangeSet Candidates = new(
        ('\u0000', '\u0008'), ('\u000E', '\u001F'), ('\u007F', '\u009F'), ('\u206A', '\u206F'),
        ('\uFDD0', '\uFDEF'), ('\uFEFF', '\uFEFF'), ('\uFFF9', '\uFFFC'), ('\uFFFE', '\uFFFF'), ('\uDFFE', '\uDFFF'));

    private readonly bool _removeTerminalEscapes;
    private readonly bool _repairC1Controls;

    /// <summary>A pass that does what <paramref name="options"/> say (<see cref="ControlCharacterOptions.Default"/>
    /// when null). <see cref="ControlCharacterOptions.Enabled"/> is the cleaner's to read: a pass built here runs.</summary>
    public ControlCharacterPass(ControlCharacterOptions? options = null)
    {
        options ??= ControlCharacterOptions.Default;
        _removeTerminalEscapes = options.RemoveTerminalEscapes;
        _repairC1Controls = options.RepairC1Controls;
    }

    /// <inheritdoc />
    public override string Name => "controls";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Character;

    /// <inheritdoc />
    protected override string Transform(string text, ChangeLog? changes)
    {
        var i = Candidates.IndexOfAny(text);
        if (i < 0)
        {
            return text;
        }

        var rewriter = new TextRewriter(text, changes);
        while (i >= 0)
        {
            var next = i + 1;
            var c = text[i];
            if (c == Escape && _removeTerminalEscapes)
            {
                next = i + EscapeSequenceLength(text, i);
                InvisibleDeletion.Delete(ref rewriter, text, i, next - i, next - i > 1 ? EscapeSequenceReason : ControlReason);
            }
            else if (c is < '\u0020' or '\u007F')
            {
                InvisibleDeletion.Delete(ref rewriter, text, i, 1, ControlReason);
            }
            else if (c is >= '\u0080' and <= '\u009F')
            {
                if (_repairC1Controls)
                {
                    rewriter.Replace(i, 1, Windows1252.HighControlRange.Slice(c - 0x80, 1), C1Reason);
                }
            }
            else if (c is '\uDFFE' or '\uDFFF')
            {
                // The low half of U+nFFFE or U+nFFFF when the high half is the last of its block.
                if (i > 0 && char.IsHighSurrogate(text[i - 1]) && (text[i - 1] & 0x3F) == 0x3F)
                {
                    InvisibleDeletion.Delete(ref rewriter, text, i - 1, 2, NoncharacterReason);
                }
            }
            else
            {
                InvisibleDeletion.Delete(ref rewriter, text, i, 1, c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') ? NoncharacterReason : ControlReason);
            }

            var found = Candidates.IndexOfAny(text.AsSpan(next));
            i = found < 0 ? -1 : next + found;
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>
    /// Length of the ECMA-48 escape sequence that starts with the ESC at <paramref name="start"/>, or 1
    /// (the ESC alone) when what follows is not a complete sequence. Every scan stops at the next control
    /// character, so the scans of all the ESCs in a text never overlap: linear time.
    /// </summary>
    internal static int EscapeSequenceLength(string text, int start)
    {
        var i = start + 1;
        if (i >= text.Length)
        {
            return 1;
        }

        switch (text[i])
        {
            case '[':
                // CSI: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E.
                i++;
                while (i < text.Length && text[i] is >= '\u0030' and <= '\u003F')
                {
                    i++;
                }

                while (i < text.Length && text[i] is >= '\u0020' and <= '\u002F')
                {
                    i++;
                }

                return i < text.Length && text[i] is >= '\u0040' and <= '\u007E' ? i + 1 - start : 1;

            case ']' or 'P' or 'X' or '^' or '_':
                // OSC, DCS, SOS, PM, APC: a control string up to BEL (xterm's OSC ending) or ST (ESC \).
                for (i++; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c == '\u0007')
                    {
                        return i + 1 - start;
                    }

                    if (c == Escape)
                    {
                        return i + 1 < text.Length && text[i + 1] == '\\' ? i + 2 - start : 1;
                    }

                    if (c < '\u0020' && c != '\t')
                    {
                        return 1;
                    }
                }

                return 1;

            default:
                // nF escapes (intermediate bytes 0x21-0x2F, then a final byte 0x30-0x7E: ESC ( B) and Fp escapes
                // (ESC 7, ESC =). Not ESC and a letter: a stray ESC before a word must not take its first letter.
                var intermediates = i;
                while (i < text.Length && text[i] is >= '\u0021' and <= '\u002F')
                {
                    i++;
                }

                var finalByte = i < text.Length ? text[i] : '\0';
                var complete = i > intermediates ? finalByte is >= '\u0030' and <= '\u007E' : finalByte is >= '\u0030' and <= '\u003F';
                return complete ? i + 1 - start : 1;
        }
    }
}
