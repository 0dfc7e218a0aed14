using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TextClean.Pipeline;

namespace TextClean.Words;

/// <summary>
/// Rejoins a word split by a hyphen at a line break ("nego-\ntiations" → "negotiations") or by a
/// hyphen and a space, as scraped text carries it ("gov- ernment" → "government").
/// </summary>
/// <remarks>
/// The two parts are joined when the joined form is a word (lexicon or the same text), unless both
/// parts are real words (common, three letters or more) and the joined form is a rare one: then, at a
/// line break, the split was a compound and only the break goes ("well-\nknown" → "well-known").
/// Two real words whose joined form is no word make a compound too. Mid-line, a suspended hyphen
/// stays ("pre- and post-war", "Wachstums- und"), and so does anything unsure. The part after the
/// hyphen must start in lowercase; a word split twice ("ex-\ntraor-\ndinary") is left alone.
/// </remarks>
public sealed class DehyphenationPass : TextPass
{
    /// <summary>A word split by a hyphen and a break or space joined ("nego-\ntiations" is "negotiations").</summary>
    public const string JoinReason = "line-break-hyphen";
    /// <summary>A hyphenated compound broken at its hyphen put back on one line ("well-\nknown" is "well-known").</summary>
    public const string CompoundReason = "line-break-in-compound";

    // Spaces or tabs allowed around the line break of a split; more is layout, not a split word.
    private const int MaxPadding = 8;

    // A joined form this common (SCOWL size class) beats the reading of two words joined by a hyphen.
    private const int CommonBand = 50;

    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-\u2010");

    private readonly Lexicon _lexicon;

    /// <summary>A pass that judges words with <see cref="Lexicon.English"/>.</summary>
    public DehyphenationPass()
        : this(Lexicon.English)
    {
    }

    /// <summary>A pass that judges words with <paramref name="lexicon"/>, the words of the text's language.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public DehyphenationPass(Lexicon lexicon)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _joinOnce = JoinOnce;
    }

    /// <summary>One round of joining, as a delegate made once (not per call).</summary>
    private readonly Func<string, ChangeLog?, string> _joinOnce;

    /// <inheritdoc />
    public override string Name => "dehyphenation";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Word;

    /// <summary>The words the pass judges joins with.</summary>
    public Lexicon Lexicon => _lexicon;

    /// <summary>A join makes the joined word part of the document's evidence, which can decide another
    /// split ("co-\noperative" joined on the lexicon, then "co-\nopErative" on the document): the pass
    /// repeats until a round joins nothing.</summary>
    protected override string Transform(string text, ChangeLog? changes) => RepeatUntilStable(text, changes, _joinOnce);

    /// <summary>
    /// The first hyphen at or after <paramref name="from"/> with a letter before it and a
    /// space, tab or line break after it, or -1: where the first part of a split word may end. One vector
    /// test per 16 characters, with no stop at the hyphens of compounds ("well-known"), which are common
    /// and never a split; what the vectors let through, <see cref="IsPossibleSplit"/> decides.
    /// </summary>
    private static int NextPossibleSplit(string text, int from)
    {
        var i = Math.Max(from, 1); // a split needs a letter before its hyphen
        if (Vector.IsHardwareAccelerated)
        {
            ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            var count = Vector<ushort>.Count;
            // Each vector reads one character on either side: stop where the last one would pass the text's end.
            var lastVector = text.Length - 1 - count;
            for (; i <= lastVector; i += count)
            {
                var chars = Vector.LoadUnsafe(ref units, (nuint)i);
                var before = Vector.LoadUnsafe(ref units, (nuint)(i - 1));
                var after = Vector.LoadUnsafe(ref units, (nuint)(i + 1));
                var hyphen = Vector.Equals(chars, new Vector<ushort>('-')) | Vector.Equals(chars, new Vector<ushort>('\u2010'));
                // An ASCII letter (either case, by the 0x20 bit) or anything above ASCII, where letters may be.
                var letterBefore = Vector.LessThanOrEqual((before | new Vector<ushort>(0x20)) - new Vector<ushort>('a'), new Vector<ushort>('z' - 'a'))
                    | Vector.GreaterThan(before, new Vector<ushort>(0x7F));
                var gapAfter = Vector.Equals(after, new Vector<ushort>(' ')) | Vector.Equals(after, new Vector<ushort>('\t'))
                    | Vector.Equals(after, new Vector<ushort>('\n')) | Vector.Equals(after, new Vector<ushort>('\r'));
                if (!Vector.EqualsAll(hyphen & letterBefore & gapAfter, Vector<ushort>.Zero))
                {
                    break;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (IsPossibleSplit(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A hyphen after a letter and before a space, tab or line break: the first test of a split.</summary>
    private static bool IsPossibleSplit(string text, int hyphen) =>
        hyphen > 0 && hyphen + 1 < text.Length && Hyphens.Contains(text[hyphen]) && char.IsLetter(text[hyphen - 1])
        && text[hyphen + 1] is ' ' or '\t' or '\r' or '\n';

    private string JoinOnce(string text, ChangeLog? changes)
    {
        var splits = FindSplits(text);
        if (splits is null)
        {
            return text;
        }

        var lengths = new HashSet<int>();
        foreach (var split in splits)
        {
            lengths.Add(split.Left.Length + split.Right.Length);
            lengths.Add(split.Left.Length + split.Right.Length + 1);
            lengths.Add(split.Left.Length);
            lengths.Add(split.Right.Length);
        }

        var evidence = DocumentWords.Collect(text, lengths.Contains, static _ => false, SplitWords.Skip);
        var rewriter = new TextRewriter(text, changes);
        foreach (var split in splits)
        {
            var hyphenEnd = split.Right.Start;
            var hyphen = split.Left.Start + split.Left.Length;
            switch (Decide(text, split, evidence))
            {
                case Outcome.Join:
                    rewriter.Delete(hyphen, hyphenEnd - hyphen, JoinReason);
                    break;
                case Outcome.Compound:
                    rewriter.Replace(hyphen, hyphenEnd - hyphen, text.AsSpan(hyphen, 1), CompoundReason);
                    break;
            }
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>Whether a split word's hyphen stands at <paramref name="index"/>, just after its first
    /// part, and where the second part starts.</summary>
    internal static bool TrySplitAt(string text, int index, out int rightStart, out bool lineBreak)
    {
        rightStart = -1;
        lineBreak = false;
        return IsPossibleSplit(text, index) && TrySplitAfter(text, index, out rightStart, out lineBreak);
    }

    /// <summary>Whether the second part of a split word starts at <paramref name="index"/>.</summary>
    internal static bool IsSplitBefore(string text, int index)
    {
        var j = index - 1;
        var padding = 0;
        while (j >= 0 && text[j] is ' ' or '\t' && padding++ <= MaxPadding)
        {
            j--;
        }

        if (j >= 0 && text[j] == '\n')
        {
            j--;
            if (j >= 0 && text[j] == '\r')
            {
                j--;
            }

            padding = 0;
            while (j >= 0 && text[j] is ' ' or '\t' && padding++ <= MaxPadding)
            {
                j--;
            }
        }

        return TrySplitAt(text, j, out var right, out _) && right == index;
    }

    /// <summary>The split syntax after a hyphen: padding, one line break, padding, a lowercase letter
    /// (<paramref name="lineBreak"/>); or one space and a lowercase letter.</summary>
    private static bool TrySplitAfter(string text, int hyphen, out int rightStart, out bool lineBreak)
    {
        var i = hyphen + 1;
        lineBreak = false;
        rightStart = -1;
        var padding = 0;
        while (i < text.Length && text[i] is ' ' or '\t' && padding <= MaxPadding)
        {
            i++;
            padding++;
        }

        if (i < text.Length && text[i] is '\r' or '\n')
        {
            if (text[i] == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    return false; // a lone CR is not a line break we join across
                }

                i++;
            }

            i++;

            lineBreak = true;
            padding = 0;
            while (i < text.Length && text[i] is ' ' or '\t' && padding <= MaxPadding)
            {
                i++;
                padding++;
            }
        }
        else if (padding != 1 || text[hyphen + 1] != ' ')
        {
            return false;
        }

        if (i >= text.Length || !char.IsLower(text[i]))
        {
            return false;
        }

        rightStart = i;
        return true;
    }

    private static List<Split>? FindSplits(string text)
    {
        List<Split>? splits = null;
        var from = 0;
        while (from < text.Length)
        {
            var hyphen = NextPossibleSplit(text, from);
            if (hyphen < 0)
            {
                break;
            }

            from = hyphen + 1;
            if (!TrySplitAfter(text, hyphen, out var rightStart, out var lineBreak))
            {
                continue;
            }

            var leftStart = hyphen - 1;
            while (leftStart > 0 && char.IsLetter(text[leftStart - 1]) && hyphen - leftStart < WordShapes.MaxWordLength)
            {
                leftStart--;
            }

            var rightEnd = rightStart;
            while (rightEnd < text.Length && char.IsLetter(text[rightEnd]) && rightEnd - rightStart < WordShapes.MaxWordLength)
            {
                rightEnd++;
            }

            var tokenEnd = AfterApostropheSuffix(text, rightEnd);
            if (!IsWordEdge(text, leftStart - 1) || !IsWordEdge(text, tokenEnd) || IsSplitBefore(text, leftStart))
            {
                continue; // a chain ("ex-\ntraor-\ndinary"), or digits or symbols attached
            }

            if (HasDamagedToken(text, leftStart, -1) || HasDamagedToken(text, tokenEnd, +1))
            {
                continue; // joining would hand the in-word pass a different token on the next run
            }

            splits ??= [];
            splits.Add(new Split(new Part(leftStart, hyphen - leftStart), new Part(rightStart, rightEnd - rightStart), lineBreak));
            from = rightEnd;
        }

        return splits;
    }

    // A possessive or contraction after the second part ("govern-\nment's", "count-\nry’s") belongs to the
    // word but not to its lookup: the word's edge comes after it.
    private static int AfterApostropheSuffix(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('\'' or '\u2019' or '\u02BC'))
        {
            return end;
        }

        var k = end + 1;
        while (k < text.Length && k - end <= 2 && char.IsAsciiLetterLower(text[k]))
        {
            k++;
        }

        return k > end + 1 && (k >= text.Length || !char.IsLetter(text[k])) ? k : end;
    }

    // Whether the whitespace-delimited chunk from index on, in direction step, has symbols between
    // letters, which the in-word pass looks at. Chunks longer than that pass reads need no look.
    private static bool HasDamagedToken(string text, int index, int step)
    {
        for (int i = index, seen = 0; i >= 0 && i < text.Length && seen < 96 && !char.IsWhiteSpace(text[i]); i += step, seen++)
        {
            // One or two symbols between letters, as in "negotiati]ns" or "neg]|tiations".
            if (InWordRepairPass.IsDamage(text[i]) && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length
                && (char.IsLetter(text[i + 1])
                    || (InWordRepairPass.IsDamage(text[i + 1]) && i + 2 < text.Length && char.IsLetter(text[i + 2]))))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the character at index bounds a word: the text's edge, whitespace or punctuation. Not a
    // letter, digit or hyphen, and not a symbol that makes the token a code ("#", "@", "/").
    private static bool IsWordEdge(string text, int index)
    {
        if (index < 0 || index >= text.Length)
        {
            return true;
        }

        var c = text[index];
        if (char.IsWhiteSpace(c))
        {
            return true;
        }

        // The hyphen of a compound around the split ("top-ran-\nked", "se-\ncond-place"); a hyphen
        // that splits again ("tia-\ntions") is a chain, left alone.
        if (Hyphens.Contains(c))
        {
            var other = index > 0 && char.IsLetter(text[index - 1]) ? index + 1 : index - 1;
            return other >= 0 && other < text.Length && char.IsLetter(text[other]) && !TrySplitAt(text, index, out _, out _);
        }

        if (char.IsLetterOrDigit(c) || Hyphens.Contains(c) || c == '_'
            || (InWordRepairPass.IsDamage(c) && c is not ('(' or ')' or '[' or ']' or '!' or '?')))
        {
            return false;
        }

        // Punctuation with letters on both sides is inside a token ("example.com"), and so are up to
        // three symbols the in-word pass reads as damage ("ernment]|e"): joining there would hand that
        // pass a different token on the next run.
        var step = index > 0 && char.IsLetter(text[index - 1]) ? 1 : -1;
        var beyond = index + step;
        while (beyond >= 0 && beyond < text.Length && Math.Abs(beyond - index) < 3 && InWordRepairPass.IsDamage(text[beyond]))
        {
            beyond += step;
        }

        return beyond < 0 || beyond >= text.Length || !char.IsLetter(text[beyond]);
    }

    private Outcome Decide(string text, Split split, DocumentWords evidence)
    {
        var left = text.AsSpan(split.Left.Start, split.Left.Length);
        var right = text.AsSpan(split.Right.Start, split.Right.Length);
        var pattern = WordShapes.Classify(left);
        if (pattern is CasePattern.Mixed or CasePattern.Upper)
        {
            return Outcome.Keep; // "GOV-\nernment", "DualS-\nhock": not one word's case pattern
        }

        if (!split.LineBreak && IsConjunction(right))
        {
            return Outcome.Keep; // a suspended hyphen: "pre- and post-war", "Wachstums- und"
        }

        Span<char> joined = stackalloc char[left.Length + right.Length + 1];
        left.CopyTo(joined);
        right.CopyTo(joined[left.Length..]);
        var joinedWord = joined[..^1];
        var writtenJoined = evidence.Contains(joinedWord);
        var joinedBand = WordShapes.BandOf(_lexicon, joinedWord, pattern);
        var joinedIsWord = writtenJoined || joinedBand >= 0;
        var bothStrong = IsStrongWord(left, pattern, evidence) && IsStrongWord(right, CasePattern.Lower, evidence);
        joined[left.Length] = text[split.Left.Start + split.Left.Length];
        right.CopyTo(joined[(left.Length + 1)..]);
        if (evidence.Contains(joined))
        {
            // The text writes it hyphenated elsewhere ("co-operative"): its own spelling wins.
            return split.LineBreak ? Outcome.Compound : Outcome.Keep;
        }

        if (!joinedIsWord)
        {
            // Two real words at a line break make a compound ("well-\nknown"); anything else stays.
            return split.LineBreak && bothStrong ? Outcome.Compound : Outcome.Keep;
        }

        if (!bothStrong || writtenJoined || joinedBand <= CommonBand)
        {
            return Outcome.Join; // "nego-\ntiations", "route-\nrs", "pres- sure", "under-\nstand"
        }

        // Two real words whose joined form is a rare word ("well-\nknown" and SCOWL's "wellknown"):
        // a compound, at a line break; mid-line, too unsure to touch.
        return split.LineBreak ? Outcome.Compound : Outcome.Keep;
    }

    // A word that stands on its own: three letters or more and common, or written alone in the text.
    // Short or rare entries ("rs", "ers", "on") do not make a split a compound.
    private bool IsStrongWord(ReadOnlySpan<char> word, CasePattern pattern, DocumentWords evidence)
    {
        if (word.Length < 3)
        {
            return false;
        }

        var band = WordShapes.BandOf(_lexicon, word, pattern);
        return (band >= 0 && band <= CommonBand) || evidence.Contains(word);
    }

    // Words that follow a suspended hyphen ("pre- and post-war", "short- to medium-term"), in the
    // languages whose text most often reaches an English pipeline.
    private static bool IsConjunction(ReadOnlySpan<char> word) =>
        word is "and" or "or" or "nor" or "to" or "und" or "oder" or "bis" or "et" or "ou" or "y" or "e" or "o" or "en";

    private enum Outcome
    {
        Keep,
        Join,
        Compound,
    }

    private readonly record struct Part(int Start, int Length);

    private readonly record struct Split(Part Left, Part Right, bool LineBreak);
}
