using System.Buffers;
using TextClean.Pipeline;

namespace TextClean.Words;

/// <summary>
/// Rejoins a word split by a hyphen at a line break ("nego-\ntiations" → "negotiations") or by a
/// hyphen and a space, as scraped text carries it ("gov- ernment" → "government").
/// </summary>
/// <remarks>
/// At a line break the two parts are joined when the joined form is a word (lexicon or the same text)
/// and the parts are not both words; when they are both words and the joined form is not, the split
/// was a real compound and only the line break goes ("well-\nknown" → "well-known"); when the joined
/// form is a word too ("under-\nstand"), the text's own spelling decides if it has one, else the word.
/// Mid-line, only the safest case is joined: the joined form is a word and the part after the hyphen
/// is not, which keeps suspended hyphens ("pre- and post-war", "Wachstums- und") as they are.
/// The part after the hyphen must start in lowercase, and a part that is itself a piece of a longer
/// hyphenated chain ("state-of-\nthe-art") is left alone.
/// </remarks>
public sealed class DehyphenationPass : TextPass
{
    public const string JoinReason = "line-break-hyphen";
    public const string CompoundReason = "line-break-in-compound";

    // Spaces or tabs allowed around the line break of a split; more is layout, not a split word.
    private const int MaxPadding = 8;

    // A joined form this common (SCOWL size class) beats the reading of two words joined by a hyphen.
    private const int CommonBand = 50;

    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-\u2010");

    private readonly Lexicon _lexicon;

    public DehyphenationPass()
        : this(Lexicon.English)
    {
    }

    public DehyphenationPass(Lexicon lexicon) => _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    public override string Name => "dehyphenation";

    public override PassStage Stage => PassStage.Word;

    public Lexicon Lexicon => _lexicon;

    protected override string Transform(string text, ChangeLog? changes)
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
        return index > 0 && index < text.Length && Hyphens.Contains(text[index]) && char.IsLetter(text[index - 1])
            && TrySplitAfter(text, index, out rightStart, out lineBreak);
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
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : text[i] == '\n' ? 1 : int.MaxValue / 2;
            if (i > text.Length)
            {
                return false; // a lone CR is not a line break we join across
            }

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
        var span = text.AsSpan();
        var from = 0;
        while (from < text.Length)
        {
            var next = span[from..].IndexOfAny(Hyphens);
            if (next < 0)
            {
                break;
            }

            var hyphen = from + next;
            from = hyphen + 1;
            if (hyphen == 0 || !char.IsLetter(text[hyphen - 1]) || !TrySplitAfter(text, hyphen, out var rightStart, out var lineBreak))
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

            if (!IsWordEdge(text, leftStart - 1) || !IsWordEdge(text, rightEnd) || IsSplitBefore(text, leftStart))
            {
                continue; // a chain ("state-of-\nthe-art", "ex-\ntraor-\ndinary"), or digits or symbols attached
            }

            splits ??= [];
            splits.Add(new Split(new Part(leftStart, hyphen - leftStart), new Part(rightStart, rightEnd - rightStart), lineBreak));
            from = rightEnd;
        }

        return splits;
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
        if (pattern == CasePattern.Mixed || (pattern == CasePattern.Upper && right.Length > 0))
        {
            return Outcome.Keep; // "GOV-\nernment" is not one word's case pattern
        }

        Span<char> joined = stackalloc char[left.Length + right.Length + 1];
        left.CopyTo(joined);
        right.CopyTo(joined[left.Length..]);
        var joinedWord = joined[..^1];
        var joinedIsWord = IsWord(joinedWord, pattern, evidence);
        var rightIsWord = IsWord(right, CasePattern.Lower, evidence);
        if (!split.LineBreak)
        {
            return joinedIsWord && !rightIsWord ? Outcome.Join : Outcome.Keep;
        }

        var leftIsWord = IsWord(left, pattern, evidence);
        if (!(leftIsWord && rightIsWord))
        {
            return joinedIsWord ? Outcome.Join : Outcome.Keep;
        }

        // Both parts are words: a compound ("well-known"), unless the joined form is a word the text
        // writes as one, or a common word ("understand") that the text does not write hyphenated.
        // Rare lexicon entries do not count here: SCOWL's large sizes list "wellknown".
        var writtenJoined = evidence.Contains(joinedWord);
        var band = WordShapes.BandOf(_lexicon, joinedWord, pattern);
        joined[left.Length] = text[split.Left.Start + split.Left.Length];
        right.CopyTo(joined[(left.Length + 1)..]);
        var writtenHyphenated = evidence.Contains(joined);
        if (writtenHyphenated)
        {
            return Outcome.Compound;
        }

        return writtenJoined || (band >= 0 && band <= CommonBand) ? Outcome.Join : Outcome.Compound;
    }

    private bool IsWord(ReadOnlySpan<char> word, CasePattern pattern, DocumentWords evidence) =>
        word.Length > 0 && (evidence.Contains(word) || WordShapes.BandOf(_lexicon, word, pattern) >= 0);

    private enum Outcome
    {
        Keep,
        Join,
        Compound,
    }

    private readonly record struct Part(int Start, int Length);

    private readonly record struct Split(Part Left, Part Right, bool LineBreak);
}
