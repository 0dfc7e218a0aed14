using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TextClean.Characters.Mojibake;
using TextClean.Pipeline;

namespace TextClean.Characters;

/// <summary>
/// Repairs mojibake: UTF-8 that was decoded through a single-byte code page ("cafÃ©" for "café",
/// "РїСЂРёРІРµС‚" for "привет"), once or several times over, in islands inside good text.
/// </summary>
/// <remarks>
/// <para>How it decides. Each stretch of suspect characters (those a misread byte 0x80..0xFF can become)
/// is a segment. For every code page (<see cref="LegacyCodePages.All"/>) the segment is read back to bytes
/// and scanned for UTF-8 sequences; each page that finds some gives a candidate repair, which is itself
/// re-examined for a further layer of damage. Candidates are not taken because they decode (ftfy's rule,
/// which lets "√π" become "ù"): the candidate with the lowest <see cref="Plausibility"/> cost in the
/// segment's surroundings wins, and only when its cost is clearly below the original's. A false repair is
/// the worst failure, so a small gain is taken only as corroboration: a line with a clear repair is read
/// through that repair's page throughout (unless a segment would get clearly worse), and elsewhere in the
/// text a real gain with a page that made a clear repair is taken (see <see cref="PlanLines"/>).</para>
/// <para>It runs after HTML entities are decoded ("&amp;Atilde;&amp;copy;" is mojibake once unescaped) and
/// before control characters are removed (C1 controls are often Latin-1 mojibake).</para>
/// </remarks>
public sealed class MojibakePass : TextPass
{
    /// <summary>A stretch of misread UTF-8 replaced by the text it was.</summary>
    public const string Reason = "mojibake";
    /// <summary>The C1 controls of a suspect stretch read as the Windows-1252 characters of their bytes, where
    /// no code page finds UTF-8 to repair.</summary>
    public const string C1Reason = "c1-control-as-windows-1252";

    /// <summary>A repair this much more plausible than the original is taken on its own.</summary>
    private const double ClearGain = 1.7;

    /// <summary>A repair with at least this gain is taken when the text has a clear repair with the same page.</summary>
    private const double CorroboratedGain = 0.5;

    /// <summary>On a line misread through one page, that page's repairs are taken unless they lose this much.</summary>
    private const double LineCorroboratedGain = -1.5;

    /// <summary>What explaining one more segment of a line is worth when choosing the line's page: a page
    /// that makes sense of every segment beats one that repairs a few slightly better.</summary>
    private const double ExplainedSegmentScore = 2;

    /// <summary>See <see cref="PlanLines"/>: a line with one repair and at most this many unexplained
    /// segments is left alone.</summary>
    private const int MaxUnexplainedBesideLoneRepair = 2;

    /// <summary>What a segment may cost in its surroundings and still read as clean text: ™, © or ½ after a
    /// word, "é" inside one (a mild oddity costs 1).</summary>
    private const double PlainTypographyCost = 0.5;

    /// <summary>Candidates per segment: one per code page, then MacRoman text read as Latin-1.</summary>
    private static readonly int CandidateCount = LegacyCodePages.All.Count + 1;

    private static readonly int MacRomanAsLatin1 = LegacyCodePages.All.Count;

    /// <summary>Characters the whitespace and width passes rewrite (NBSP, invisibles, Latin ligatures).</summary>
    private static readonly SearchValues<char> RewrittenLater = SearchValues.Create(
        "\u00A0\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06");

    /// <summary>A clear repair leaves at most this share of the segment's oddity.</summary>
    private const double ClearResidue = 0.4;

    /// <summary>A page whose repair loses this much somewhere on a line is contradicted there.</summary>
    private const double ContradictingGain = -3;

    /// <summary>The cost of taking a single space between two words for a lost 0xA0 byte.</summary>
    private const double LostSpacePenalty = 1.5;

    /// <summary>Layers of damage undone at most (each layer halves the length, so this is never reached in practice).</summary>
    private const int MaxLayers = 6;

    /// <summary>Segments up to this long are decoded on the stack.</summary>
    private const int StackLimit = 256;

    /// <summary>Characters of plain surroundings scored with a segment.</summary>
    private const int ContextLength = 3;

    private readonly MojibakeOptions _options;

    /// <summary>A pass that does what <paramref name="options"/> say (<see cref="MojibakeOptions.Default"/>
    /// when null). <see cref="MojibakeOptions.Enabled"/> is the cleaner's to read: a pass built here runs.</summary>
    public MojibakePass(MojibakeOptions? options = null)
    {
        _options = options ?? MojibakeOptions.Default;
        _repairOnce = RepairOnce;
    }

    /// <summary>One round of repair, as a delegate made once (not per call).</summary>
    private readonly Func<string, ChangeLog?, string> _repairOnce;

    /// <inheritdoc />
    public override string Name => "mojibake";

    /// <inheritdoc />
    public override PassStage Stage => PassStage.Character;

    // Rounds until nothing changes, so that the pass ends at its own fixed point (idempotence): a repair can make a
    // stretch beside it readable that was not before. Real text settles in one or two rounds; four were too few for a
    // 47-character tangle of Thai through MacRoman that the fuzz driver built. The cap keeps the pass linear.
    private const int MaxRounds = 16;

    /// <summary>
    /// Repairs, then looks again while a round still changed something, as ftfy's fix_encoding does: a
    /// repair can uncover a further layer or leave a C1 control that only the repaired context explains
    /// ("Ã‚â„¢" is "\u0082™" after one layer).
    /// </summary>
    protected override string Transform(string text, ChangeLog? changes) => RepeatUntilStable(text, changes, _repairOnce, MaxRounds);

    private string RepairOnce(string text, ChangeLog? changes)
    {
        if (!MayRepair(text))
        {
            return text;
        }

        var next = LegacyCodePages.IndexOfSuspect(text);

        var segments = new List<Segment>();
        var scratch = new Scratch();
        var line = 0;
        var lineCountedTo = 0;
        while (next >= 0)
        {
            line += LineBreaks(text, lineCountedTo, next);
            lineCountedTo = next;
            var segment = Examine(text, next, line, scratch);
            // Segments nothing can repair still count: they may show a line is inconsistent.
            segments.Add(segment);

            var end = segment.Start + segment.Length;
            var following = end < text.Length ? LegacyCodePages.IndexOfSuspect(text.AsSpan(end)) : -1;
            next = following < 0 ? -1 : end + following;
        }

        if (segments.TrueForAll(s => s.Candidates is null && s.Baseline is null))
        {
            return text;
        }

        var plans = PlanLines(text, segments, out var clearPages);
        var rewriter = new TextRewriter(text, changes);
        foreach (var segment in segments)
        {
            var repair = Choose(segment, plans[segment.Line], clearPages);
            if (repair is not null)
            {
                rewriter.Replace(segment.Start, segment.Length, repair, Reason);
            }
            else if (segment.Baseline is not null && !plans[segment.Line].Leave)
            {
                rewriter.Replace(segment.Start, segment.Length, segment.Baseline, C1Reason);
            }
        }

        return rewriter.ToStringAndDispose();
    }

    /// <summary>The line breaks in <c>text[from..to]</c> that end a line of the text: not one after a word part and
    /// its hyphen ("nego-\ntiations", also with spaces or tabs before the break: "nego- \ntiations"), which
    /// de-hyphenation joins to the next line. The line plan judges that line whole, as it will see it once joined;
    /// judged in halves, each join could let one more repair through on the next run, and a chain of them kept Fix
    /// from settling.</summary>
    private static int LineBreaks(string text, int from, int to)
    {
        var breaks = 0;
        var span = text.AsSpan(from, to - from);
        for (var at = span.IndexOf('\n'); at >= 0; at = span.IndexOf('\n'))
        {
            var end = from + at; // the break, in text
            var before = end > 0 && text[end - 1] == '\r' ? end - 1 : end;
            // De-hyphenation joins across padding too (whitespace=Keep leaves it at the line's end); a run of
            // spaces is scanned once, as it belongs to this line only.
            while (before > 0 && text[before - 1] is ' ' or '\t')
            {
                before--;
            }

            var hyphenated = (before >= 2 && text[before - 1] is '-' or '\u2010' && IsLetterOrMisreadOne(text[before - 2])) ||
                EndsWithMisreadHyphen(text, before);
            breaks += hyphenated ? 0 : 1;
            from = end + 1;
            span = span[(at + 1)..];
        }

        return breaks;
    }

    /// <summary>Whether the character before a line-end hyphen is a letter, or may be the last of a letter misread
    /// through a legacy code page ("Ğ½-" is "н-" read as Windows-1254): such a line is judged joined to the next from
    /// the start, as it will be once repaired, or else each round could repair one more line of a column of them and
    /// join it, past <see cref="MaxRounds"/>.</summary>
    private static bool IsLetterOrMisreadOne(char c) => char.IsLetter(c) || (c >= '\u0080' && LegacyCodePages.IsSuspect(c));

    /// <summary>Whether <c>text[..end]</c> ends with a letter and a hyphen misread through a legacy code page ("iâ€\u0090",
    /// U+2010's bytes E2 80 90 read as Windows-1252). Repaired, it ends a hyphenated line ("i‐"), so the line plan
    /// joins that line to the next from the start, whether or not it repairs the hyphen: were the join to appear only
    /// once the hyphen is repaired, each round of the pass could join one more line of a column of them, past
    /// <see cref="MaxRounds"/>.</summary>
    private static bool EndsWithMisreadHyphen(string text, int end)
    {
        if (end < 4 || text[end - 1] < '\u0080' || !char.IsLetter(text[end - 4]))
        {
            return false;
        }

        foreach (var page in LegacyCodePages.All)
        {
            if (page.ToByte(text[end - 3]) == 0xE2 && page.ToByte(text[end - 2]) == 0x80 && page.ToByte(text[end - 1]) == 0x90)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stretch of suspect characters and what each code page would make of it.</summary>
    /// <param name="Start">Offset of the segment's first character.</param>
    /// <param name="Length">Length of the segment.</param>
    /// <param name="Line">The line of the text the segment is on (lines joined by de-hyphenation count as one).</param>
    /// <param name="Baseline">The segment with only its C1 controls repaired; null when it has none.</param>
    /// <param name="Candidates">Per code page (in <see cref="LegacyCodePages.All"/> order), the repair it
    /// proposes; null when no page finds any UTF-8 in the segment.</param>
    /// <param name="OnlyRewrittenLater">Whether the segment holds only characters later passes rewrite
    /// (NBSP, ligatures), which say nothing about how the line was misread.</param>
    private readonly record struct Segment(int Start, int Length, int Line, string? Baseline, Candidate?[]? Candidates, bool OnlyRewrittenLater = false);

    /// <param name="Text">The repaired segment.</param>
    /// <param name="Gain">How much more plausible than the baseline the repair is (may be negative).</param>
    /// <param name="Clear">Whether the repair can be taken on its own evidence.</param>
    private readonly record struct Candidate(string Text, double Gain, bool Clear);

    /// <summary>What a line's segments say together: the page it was misread through (or -1), pages whose
    /// repairs it contradicts, and whether it is too inconsistent to touch.</summary>
    private readonly record struct LinePlan(int Page, int BlockedPages, bool Leave);

    /// <summary>
    /// Judges each line as a whole. The page of a line is the one whose repairs gain the most over it,
    /// counting every segment it explains; it needs one clear repair. A page is contradicted on a line when
    /// one of its repairs there is clearly worse than the damage (a real misreading makes every segment
    /// better): its repairs on that line are not taken. A lone repair next to one or two characters that
    /// speak against it is too little to go on, and the line is left alone ("Bremer/Mccoy – DrÃ¥ber", whose
    /// damaged word MacRoman reads too, with the dash, as ftfy leaves it); islands in longer good text are
    /// still repaired. Only characters that say something of how the line was misread speak against a
    /// repair: not “quotes”, … or € beside it, nor accented letters in words (see
    /// <see cref="SpeaksAgainstTheRepair"/>).
    /// </summary>
    private static Dictionary<int, LinePlan> PlanLines(string text, List<Segment> segments, out int clearPages)
    {
        clearPages = 0;
        var plans = new Dictionary<int, LinePlan>();
        var pageCount = CandidateCount;
        var scores = new double[pageCount];
        for (var first = 0; first < segments.Count;)
        {
            var line = segments[first].Line;
            var last = first;
            Array.Clear(scores);
            int clear = 0, contradicted = 0;
            for (; last < segments.Count && segments[last].Line == line; last++)
            {
                if (segments[last].Candidates is not { } candidates)
                {
                    continue;
                }

                for (var p = 0; p < pageCount; p++)
                {
                    if (candidates[p] is not { } c)
                    {
                        continue;
                    }

                    if (c.Gain >= LineCorroboratedGain)
                    {
                        scores[p] += c.Gain + ExplainedSegmentScore;
                    }

                    clear |= c.Clear ? 1 << p : 0;
                    contradicted |= c.Gain < ContradictingGain ? 1 << p : 0;
                }
            }

            var page = -1;
            for (var p = 0; p < pageCount; p++)
            {
                if ((clear & ~contradicted & (1 << p)) != 0 && (page < 0 || scores[p] > scores[page] + 1e-9))
                {
                    page = p;
                }
            }

            var leave = page >= 0 && IsLoneRepairBesideTheUnexplained(text, segments, first, last, page);

            if (!leave)
            {
                clearPages |= clear & ~contradicted;
            }

            plans[line] = new LinePlan(leave ? -1 : page, contradicted, leave);
            first = last;
        }

        return plans;
    }

    /// <summary>Whether segments <c>[first, last)</c> of a line are one repair with <paramref name="page"/>
    /// beside one to <see cref="MaxUnexplainedBesideLoneRepair"/> segments no misreading explains, at least
    /// one of which is evidence against it (see <see cref="SpeaksAgainstTheRepair"/>). Segments that are no
    /// evidence still count as the good text that makes a longer line's island safe to repair.</summary>
    private static bool IsLoneRepairBesideTheUnexplained(string text, List<Segment> segments, int first, int last, int page)
    {
        int explained = 0, unexplained = 0, repair = -1;
        for (var k = first; k < last; k++)
        {
            var segment = segments[k];
            if (IsExplained(segment, page))
            {
                explained++;
                repair = k;
            }
            else if (!segment.OnlyRewrittenLater)
            {
                unexplained++;
            }
        }

        if (explained != 1 || unexplained is < 1 or > MaxUnexplainedBesideLoneRepair)
        {
            return false;
        }

        // Only now, on the few lines this close to being left, is the typography looked at.
        for (var k = first; k < last; k++)
        {
            var segment = segments[k];
            if (!IsExplained(segment, page) && !segment.OnlyRewrittenLater
                && SpeaksAgainstTheRepair(text, segments, first, last, k, repair))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether unexplained segment <paramref name="k"/> is evidence against the line's lone repair (segment
    /// <paramref name="repair"/>). It is when a page reads every segment of the line and reads this one into
    /// the repair's word: then that word has two readings and neither is safe ("Bremer/Mccoy – DrÃ¥ber" is
    /// Latin-1's "Dråber" after a clean dash, or MacRoman's "РDr̴ber" with a lost 0xA0 after the dash; in
    /// "BeyoncÃ© – Formation" MacRoman's "Р" would fall on "Formation", which has no damage to explain). It
    /// is when it holds a character of the repair's own damage: a real "Ã" in "SÃO PAULO" says the text writes Ã, so "NÃ©" may
    /// be meant too. And it is when it is odd where it stands. Otherwise it is typography or letters that
    /// sit as clean text does (“quotes”, "5 – 10 €", the "é" and "è" of "Café crème"): clean text in any
    /// encoding has those, and a CMS that double-decodes one field leaves the rest of the line intact.
    /// </summary>
    private static bool SpeaksAgainstTheRepair(string text, List<Segment> segments, int first, int last, int k, int repair)
    {
        var segment = segments[k];
        if (segment.Candidates is not null && IsReadThroughoutByAnotherPage(segments, first, last, k)
            && IsOneWord(text, segment, segments[repair]))
        {
            return true;
        }

        var own = text.AsSpan(segment.Start, segment.Length);
        var damage = text.AsSpan(segments[repair].Start, segments[repair].Length);
        foreach (var c in own)
        {
            if (char.IsLetter(c) && damage.Contains(c))
            {
                return true;
            }
        }

        return !IsPlainInItsSurroundings(text, segment.Start, segment.Start + segment.Length);
    }

    /// <summary>Whether only letters stand between two segments of a line: read as mojibake (a dash's space
    /// taken for a lost 0xA0), they are one word.</summary>
    private static bool IsOneWord(string text, Segment a, Segment b)
    {
        var (before, after) = a.Start < b.Start ? (a, b) : (b, a);
        for (var i = before.Start + before.Length; i < after.Start; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a page that reads segment <paramref name="k"/> also reads every other segment of the
    /// line (those later passes rewrite aside).</summary>
    private static bool IsReadThroughoutByAnotherPage(List<Segment> segments, int first, int last, int k)
    {
        var candidates = segments[k].Candidates!;
        for (var p = 0; p < candidates.Length; p++)
        {
            if (candidates[p] is null)
            {
                continue;
            }

            var readsAll = true;
            for (var other = first; other < last && readsAll; other++)
            {
                readsAll = segments[other].OnlyRewrittenLater || segments[other].Candidates?[p] is not null;
            }

            if (readsAll)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The repair to make, or null. A line misread through one page is repaired with that page
    /// throughout, unless a repair would make things clearly worse; elsewhere a repair must be clear on
    /// its own, or real and corroborated by a clear repair with the same page in the text.</summary>
    private static string? Choose(Segment segment, LinePlan plan, int clearPages)
    {
        if (segment.Candidates is not { } candidates || plan.Leave)
        {
            return null;
        }

        if (plan.Page >= 0 && candidates[plan.Page] is { Gain: >= LineCorroboratedGain } ofLine)
        {
            return ofLine.Text;
        }

        Candidate? best = null;
        for (var p = 0; p < candidates.Length; p++)
        {
            if (candidates[p] is { } c && (plan.BlockedPages & (1 << p)) == 0
                && (c.Clear || (c.Gain >= CorroboratedGain && (clearPages & (1 << p)) != 0))
                && (best is not { } chosen || c.Gain > chosen.Gain + 1e-9))
            {
                best = c;
            }
        }

        return best?.Text;
    }

    private Segment Examine(string text, int start, int line, Scratch scratch)
    {
        var end = SuspectRunEnd(text, start);
        var withSequences = PagesWithSequences(text, start, end);
        if (withSequences == 0)
        {
            // No UTF-8 to find: at most C1 controls to read as Windows-1252 (or, in words, as MacRoman).
            return Examine(text, start, end, line, islands: null, scratch);
        }

        var islands = scratch.IslandsByPage;
        foreach (var list in islands)
        {
            list.Clear();
        }

        end = GrowSegment(text, start, end, withSequences, islands);
        return Examine(text, start, end, line, islands, scratch);
    }

    /// <summary>Lists reused from one segment to the next within a call, so that examining a segment
    /// allocates little beyond the candidates it keeps.</summary>
    private sealed class Scratch
    {
        public readonly List<Utf8Island>[] IslandsByPage = [.. LegacyCodePages.All.Select(_ => new List<Utf8Island>())];

        public readonly List<Utf8Island> Deeper = [];
    }

    /// <summary>
    /// Reads every page's UTF-8 islands from <paramref name="start"/> and returns where the segment ends: an
    /// island may reach past the suspect run (a space for a lost 0xA0, a '?'), and the run may go on after
    /// it. Collects the islands per page when <paramref name="islands"/> is given.
    /// </summary>
    private int GrowSegment(string text, int start, int end, int withSequences, List<Utf8Island>[]? islands)
    {
        var pages = LegacyCodePages.All;
        Span<int> cursors = stackalloc int[pages.Count];
        cursors.Fill(start);
        var grew = true;
        while (grew)
        {
            var endBefore = end;
            grew = false;
            for (var p = 0; p < pages.Count; p++)
            {
                if ((withSequences & (1 << p)) == 0)
                {
                    continue;
                }

                var i = cursors[p];
                while (i < end)
                {
                    if (Utf8Island.TryRead(text, i, pages[p], _options.RestoreLostNoBreakSpace, out var island))
                    {
                        islands?[p].Add(island);

                        i = island.End;
                    }
                    else
                    {
                        i++;
                    }
                }

                cursors[p] = i;
                if (i > end)
                {
                    end = i;
                    grew = true;
                }
            }

            if (end < text.Length && LegacyCodePages.IsSuspect(text[end]))
            {
                end = SuspectRunEnd(text, end);
                grew = true;
            }

            if (grew)
            {
                // Pages that find nothing in the first run may find something in what it grew into. Only the
                // places whose look-ahead met the old end can read differently now: reading them alone keeps
                // a segment that grows a character at a time ("Ã Ã Ã ...") linear.
                var unsettled = LegacyCodePages.FirstSequenceReachingEnd(text.AsSpan(start, endBefore - start));
                withSequences |= PagesWithSequences(text, start + unsettled, end);
            }
        }

        return end;
    }

    /// <summary>
    /// Whether any segment of <paramref name="text"/> may be repaired; false lets clean text (curly quotes,
    /// dashes, accented letters and all) go after one vectorized screen, with no allocation. A segment is
    /// repaired only for its C1 controls or for a clear candidate somewhere in the text (see
    /// <see cref="Choose"/> and <see cref="PlanLines"/>). A candidate needs a UTF-8 lead followed by a
    /// continuation (<see cref="LegacyCodePages.PagesWithSequenceAt"/>), and a clear one gains at least
    /// <see cref="ClearGain"/> over the original's cost, which it cannot when the original costs less
    /// (plausibility costs and priors are never negative): "word – word" is MacRoman's "Р" with a lost
    /// 0xA0, but costs too little to be mojibake. Exact, not a heuristic: the segment around a possible
    /// lead is cut as <see cref="RepairOnce"/> cuts it, from the last place a segment cannot cross.
    /// </summary>
    private bool MayRepair(string text)
    {
        var span = text.AsSpan();
        var from = 0;
        var boundary = 0; // segments are cut alike from here on
        while (from < span.Length)
        {
            var hit = NextMaybeRepairable(span, from);
            if (hit < 0)
            {
                return false;
            }

            if (span[hit] is >= '\u0080' and <= '\u009F')
            {
                return true;
            }

            // Segments start only at suspects (RepairOnce cuts them so): a character some page reads as a lead
            // byte but the suspects leave out (ﬁ, MacRoman 0xDE) starts nothing.
            if (!LegacyCodePages.IsSuspect(span[hit]) || LegacyCodePages.PagesWithSequenceAt(span, default, hit) == 0)
            {
                from = hit + 1;
                continue;
            }

            // A segment grows only through suspects and what an island takes for a lost byte (' ', '?'):
            // any other character ends every segment before it.
            var position = hit;
            while (position > boundary && (LegacyCodePages.IsSuspect(span[position - 1]) || span[position - 1] is ' ' or '?'))
            {
                position--;
            }

            while (position <= hit)
            {
                var next = LegacyCodePages.IndexOfSuspect(span[position..]);
                if (SegmentMayBeRepaired(text, position + next, out position))
                {
                    return true;
                }
            }

            from = boundary = position;
        }

        return false;
    }

    /// <summary>
    /// The first character at or after <paramref name="from"/> that may start a UTF-8 sequence or is a C1
    /// control, or -1: a first filter for <see cref="LegacyCodePages.PagesWithSequenceAt"/>. A lead byte reads
    /// as a non-ASCII character, and its first continuation as a non-ASCII one too, or as what damage leaves
    /// (a space, '?'); so "’s" and "“The" are skipped in the vectors, and the few left are looked at closer.
    /// </summary>
    private static int NextMaybeRepairable(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        if (Vector.IsHardwareAccelerated)
        {
            ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var nonAscii = new Vector<ushort>(0x7F);
            var count = Vector<ushort>.Count;
            for (; i <= text.Length - (2 * count) - 1; i += 2 * count)
            {
                // Most of any text is ASCII: one test for two vectors.
                var low = Vector.LoadUnsafe(ref units, (nuint)i);
                var high = Vector.LoadUnsafe(ref units, (nuint)(i + count));
                if (Vector.EqualsAll(Vector.GreaterThan(low | high, nonAscii), Vector<ushort>.Zero))
                {
                    continue;
                }

                if (!Vector.EqualsAll(MaybeRepairable(low, Vector.LoadUnsafe(ref units, (nuint)(i + 1))), Vector<ushort>.Zero))
                {
                    break;
                }

                if (!Vector.EqualsAll(MaybeRepairable(high, Vector.LoadUnsafe(ref units, (nuint)(i + count + 1))), Vector<ushort>.Zero))
                {
                    i += count;
                    break;
                }
            }

            for (; i <= text.Length - count - 1; i += count)
            {
                if (!Vector.EqualsAll(MaybeRepairable(Vector.LoadUnsafe(ref units, (nuint)i), Vector.LoadUnsafe(ref units, (nuint)(i + 1))), Vector<ushort>.Zero))
                {
                    break;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u0080' and <= '\u009F'
                || (c > '\u007F' && i + 1 < text.Length && text[i + 1] is > '\u007F' or ' ' or '?'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Lanes of <paramref name="chars"/> that <see cref="NextMaybeRepairable"/> stops at, given
    /// each one's successor in <paramref name="next"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<ushort> MaybeRepairable(Vector<ushort> chars, Vector<ushort> next)
    {
        var nonAscii = new Vector<ushort>(0x7F);
        var lead = Vector.GreaterThan(chars, nonAscii);
        var follows = Vector.GreaterThan(next, nonAscii) | Vector.Equals(next, new Vector<ushort>(' ')) | Vector.Equals(next, new Vector<ushort>('?'));
        var c1 = Vector.LessThanOrEqual(chars - new Vector<ushort>(0x80), new Vector<ushort>(0x9F - 0x80));
        return (lead & follows) | c1;
    }

    /// <summary>Whether the segment at <paramref name="start"/>, cut as <see cref="Examine(string, int, int, Scratch)"/>
    /// cuts it, may get a baseline or a clear candidate; <paramref name="end"/> is where it ends.</summary>
    private bool SegmentMayBeRepaired(string text, int start, out int end)
    {
        end = SuspectRunEnd(text, start);
        var withSequences = PagesWithSequences(text, start, end);
        if (withSequences != 0)
        {
            end = GrowSegment(text, start, end, withSequences, islands: null);
        }

        var original = text.AsSpan(start, end - start);
        if (original.IndexOfAnyInRange('\u0080', '\u009F') >= 0)
        {
            return true;
        }

        return withSequences != 0
            && ContextCost(Context(text, start, -1), original, Context(text, end, +1)) >= ClearGain - 1e-9;
    }

    /// <summary>Scores what each page's islands (and the C1 readings) make of <c>text[start..end]</c>.</summary>
    private Segment Examine(string text, int start, int end, int line, List<Utf8Island>[]? islands, Scratch scratch)
    {
        var pages = LegacyCodePages.All;
        var length = end - start;
        var original = text.AsSpan(start, length);
        var baseline = _options.RepairC1Controls ? RepairC1(original) : null;
        if (islands is null && baseline is null)
        {
            return new Segment(start, length, line, null, null,
                original.IndexOfAnyExcept(RewrittenLater) < 0);
        }

        var left = Context(text, start, -1);
        var right = Context(text, end, +1);
        var baselineText = baseline is null ? original : baseline;
        var baselineCost = ContextCost(left, baselineText, right);

        // A decoding is never longer than what it decodes (see Decode).
        char[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        bool[]? rentedMask = null;
        var fromIslands = length <= StackLimit ? stackalloc bool[StackLimit] : (rentedMask = ArrayPool<bool>.Shared.Rent(length));
        Candidate?[]? candidates = null;
        for (var p = 0; islands is not null && p < pages.Count; p++)
        {
            if (islands[p].Count == 0)
            {
                continue;
            }

            var (written, lostSpaces) = Decode(text, start, end, islands[p], _options.RepairC1Controls, buffer, fromIslands);
            var decoded = buffer[..written];
            var cost = ContextCost(left, decoded, right) + pages[p].Prior + (LostSpacePenalty * lostSpaces);
            var (deeper, deeperCost) = Deepen(decoded, fromIslands[..written], cost, left, right, scratch.Deeper);
            var repaired = deeper ?? SameTextOrNew(candidates, decoded);
            var repairedCost = deeper is null ? cost : deeperCost;

            // Clear means a real gain that also leaves little doubt behind: a "repair" of hopeless garble
            // that removes half of its oddities is no repair.
            var gain = baselineCost - repairedCost;
            var clear = gain >= ClearGain - 1e-9 && ContextCost(left, repaired, right) <= (baselineCost * ClearResidue) + 0.5;
            (candidates ??= new Candidate?[CandidateCount])[p] = new Candidate(repaired, gain, clear);
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        if (rentedMask is not null)
        {
            ArrayPool<bool>.Shared.Return(rentedMask);
        }

        if (_options.RepairC1Controls && MacRomanReadAsLatin1(text, start, end) is { } macRoman)
        {
            var cost = ContextCost(left, macRoman, right) + LegacyCodePages.MacRoman.Prior;
            var gain = baselineCost - cost;
            var clear = gain >= ClearGain - 1e-9 && cost - LegacyCodePages.MacRoman.Prior <= (baselineCost * ClearResidue) + 0.5;
            (candidates ??= new Candidate?[CandidateCount])[MacRomanAsLatin1] = new Candidate(macRoman, gain, clear);
        }

        return new Segment(start, length, line, baseline, candidates);
    }

    /// <summary>Whether the line's page reads the segment without making it clearly worse, or its C1
    /// controls read as Windows-1252.</summary>
    private static bool IsExplained(Segment segment, int page) =>
        segment.Baseline is not null || segment.Candidates?[page] is { Gain: >= LineCorroboratedGain };

    /// <summary>Whether a segment sits in its surroundings as clean text does: ™, © or ½ after a word, a
    /// dash between spaces, an accented letter inside a word. A word is judged per letter: a clean one may
    /// still end at a curly quote, which costs 1 ("καλημέρα”", as "é”").</summary>
    private static bool IsPlainInItsSurroundings(string text, int start, int end)
    {
        var segment = text.AsSpan(start, end - start);
        var letters = 0;
        foreach (var c in segment)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        // Surroundings are almost always plain (they hold no suspects); an odd one only errs towards leaving the line.
        var cost = ContextCost(Context(text, start, -1), segment, Context(text, end, +1));
        return cost <= (PlainTypographyCost * Math.Max(1, letters)) + 1e-9;
    }

    /// <summary>Most pages that read a segment decode it alike ("â€™" is ’ through five of them): one
    /// string serves them all.</summary>
    private static string SameTextOrNew(Candidate?[]? candidates, ReadOnlySpan<char> decoded)
    {
        for (var p = 0; candidates is not null && p < candidates.Length; p++)
        {
            if (candidates[p] is { } other && decoded.SequenceEqual(other.Text))
            {
                return other.Text;
            }
        }

        return decoded.ToString();
    }

    /// <summary>
    /// The segment's C1 controls read as MacRoman bytes ("Coatl\u0087n" is "Coatlán"): legacy Mac text read
    /// as Latin-1, the other common reading of a C1 control besides Windows-1252. Only for C1 controls
    /// inside words, where MacRoman's letters can belong; null otherwise.
    /// </summary>
    private static string? MacRomanReadAsLatin1(string text, int start, int end)
    {
        var segment = text.AsSpan(start, end - start);
        if (segment.IndexOfAnyInRange('\u0080', '\u009F') < 0)
        {
            return null;
        }

        var chars = segment.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F')
            {
                var at = start + i;
                if (at == 0 || at + 1 >= text.Length || !char.IsLetter(text[at - 1]) || !char.IsLetter(text[at + 1]))
                {
                    return null;
                }

                chars[i] = LegacyCodePages.MacRoman.ToChar((byte)chars[i]);
            }
        }

        return new string(chars);
    }

    private static int PagesWithSequences(string text, int start, int end) =>
        LegacyCodePages.PagesWithSequences(text.AsSpan(start, end - start), text.AsSpan(end, Math.Min(3, text.Length - end)));

    /// <summary>Undoes further layers of damage while that makes the text more plausible; null when no
    /// further layer does. A further layer is read only from characters the layer above decoded
    /// (<paramref name="fromIslands"/>): what that layer left as it was is no deeper damage, and reading it
    /// through another page would mix two pages in one layer ("×‘Öľ" read as Windows-1252 gives "בÖľ", whose
    /// "Öľ" is Windows-1250's maqaf but ISO-8859-2's tsere).</summary>
    private static (string? Text, double Cost) Deepen(ReadOnlySpan<char> candidate, ReadOnlySpan<bool> fromIslands, double cost, ReadOnlySpan<char> left, ReadOnlySpan<char> right, List<Utf8Island> found)
    {
        // Most decodings hold no further layer: they return before any buffer is set up.
        var withSequences = LegacyCodePages.PagesWithSequences(candidate, default);
        if (withSequences == 0)
        {
            return (null, cost);
        }

        string? deepest = null;
        // Each layer is shorter than the one before: one buffer serves them all, and one mask per layer.
        Span<char> buffer = candidate.Length <= StackLimit ? stackalloc char[StackLimit] : new char[candidate.Length];
        Span<bool> mask = candidate.Length <= StackLimit ? stackalloc bool[StackLimit] : new bool[candidate.Length];
        Span<bool> nextMask = candidate.Length <= StackLimit ? stackalloc bool[StackLimit] : new bool[candidate.Length];
        fromIslands.CopyTo(mask);
        for (var layer = 1; layer < MaxLayers && withSequences != 0; layer++)
        {
            string? best = null;
            bool[] bestMask = [];
            var bestCost = cost;
            for (var p = 0; p < LegacyCodePages.All.Count; p++)
            {
                if ((withSequences & (1 << p)) == 0)
                {
                    continue;
                }

                var page = LegacyCodePages.All[p];
                found.Clear();
                var i = 0;
                while (i < candidate.Length)
                {
                    if (Utf8Island.TryRead(candidate, i, page, restoreNoBreakSpace: false, out var island)
                        && !mask[island.Start..island.End].Contains(false))
                    {
                        found.Add(island);
                        i = island.End;
                    }
                    else
                    {
                        i++;
                    }
                }

                if (found.Count == 0)
                {
                    continue;
                }

                var decoded = buffer[..Decode(candidate, 0, candidate.Length, found, repairC1: false, buffer, nextMask).Written];
                var decodedCost = ContextCost(left, decoded, right) + page.Prior;
                if (decodedCost < bestCost - 1e-9)
                {
                    (best, bestCost) = (decoded.ToString(), decodedCost);
                    bestMask = nextMask[..decoded.Length].ToArray();
                }
            }

            if (best is null)
            {
                break;
            }

            (deepest, cost) = (best, bestCost);
            candidate = best;
            bestMask.CopyTo(mask);
            withSequences = LegacyCodePages.PagesWithSequences(candidate, default);
        }

        return (deepest, cost);
    }

    /// <summary><c>text[start..end]</c> with its islands decoded into <paramref name="output"/>, and how many
    /// single spaces after a word were taken for lost 0xA0 bytes (each a guess that costs plausibility). With
    /// <paramref name="repairC1"/> the C1 controls between islands become Windows-1252 characters; C1
    /// controls a decoding produces stay, so they count against it. The output is never longer than the
    /// input: an island of n characters decodes to at most n (a space kept after "à" took a character too).
    /// <paramref name="fromIslands"/> says which output characters an island decoded.</summary>
    private static (int Written, int LostSpaces) Decode(ReadOnlySpan<char> text, int start, int end, List<Utf8Island> islands, bool repairC1, Span<char> output, Span<bool> fromIslands)
    {
        var written = 0;
        var copied = start;
        var lostSpaces = 0;
        foreach (var island in islands)
        {
            var plain = AppendPlain(output[written..], text[copied..island.Start], repairC1);
            fromIslands.Slice(written, plain).Clear();
            written += plain;
            var decoded = island.Decoded.EncodeToUtf16(output[written..]);
            fromIslands.Slice(written, decoded).Fill(true);
            written += decoded;
            if (island.LostNoBreakSpace)
            {
                if (island.Decoded.Value == 'à' && KeepsItsSpace(text, island.End))
                {
                    fromIslands[written] = false;
                    output[written++] = ' ';
                }
                else if (island.End < text.Length && text[island.End] != ' '
                    && island.Start > 0 && char.IsLetter(text[island.Start - 1]))
                {
                    lostSpaces++;
                }
            }

            copied = island.End;
        }

        var rest = AppendPlain(output[written..], text[copied..end], repairC1);
        fromIslands.Slice(written, rest).Clear();
        return (written + rest, lostSpaces);
    }

    private static int AppendPlain(Span<char> output, ReadOnlySpan<char> plain, bool repairC1)
    {
        plain.CopyTo(output);
        if (repairC1)
        {
            RepairC1InPlace(output[..plain.Length]);
        }

        return plain.Length;
    }

    /// <summary>"à" is a word of its own in French and Portuguese, so when its 0xA0 byte was lost the
    /// space was usually both that byte and the space after the word ("Ã l'école"): it keeps a space,
    /// except before a second space or in the Portuguese contractions às, àquele, àquela, àquilo.</summary>
    private static bool KeepsItsSpace(ReadOnlySpan<char> text, int afterSpace)
    {
        var rest = text[afterSpace..];
        if (rest.IsEmpty || rest[0] == ' ')
        {
            return false;
        }

        if (rest.StartsWith("s ", StringComparison.Ordinal))
        {
            return false;
        }

        return !(rest.StartsWith("quel", StringComparison.Ordinal) || rest.StartsWith("quilo", StringComparison.Ordinal));
    }

    /// <summary>C1 controls read back through Windows-1252, or null when there is none to repair.</summary>
    private static string? RepairC1(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\u0080', '\u009F') < 0)
        {
            return null;
        }

        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        text.CopyTo(buffer);
        return RepairC1InPlace(buffer) ? buffer.ToString() : null;
    }

    /// <summary>Reads the C1 controls of <paramref name="text"/> back through Windows-1252 where it defines
    /// the byte; whether any was.</summary>
    private static bool RepairC1InPlace(Span<char> text)
    {
        var first = text.IndexOfAnyInRange('\u0080', '\u009F');
        if (first < 0)
        {
            return false;
        }

        var page = LegacyCodePages.Windows1252;
        var changed = false;
        for (var i = first; i < text.Length; i++)
        {
            if (text[i] is >= '\u0080' and <= '\u009F' && page.IsDefined((byte)text[i]))
            {
                text[i] = page.ToChar((byte)text[i]);
                changed = true;
            }
        }

        return changed;
    }

    private static int SuspectRunEnd(string text, int from)
    {
        var end = from;
        while (end < text.Length && LegacyCodePages.IsSuspect(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Up to <see cref="ContextLength"/> unsuspect characters next to a segment, on its line. They
    /// are never rewritten by this pass, so a second run scores a segment in the same surroundings.</summary>
    private static ReadOnlySpan<char> Context(string text, int edge, int direction)
    {
        var count = 0;
        if (direction < 0)
        {
            while (count < ContextLength && edge - count - 1 >= 0 && IsPlainContext(text[edge - count - 1]))
            {
                count++;
            }

            return text.AsSpan(edge - count, count);
        }

        while (count < ContextLength && edge + count < text.Length && IsPlainContext(text[edge + count]))
        {
            count++;
        }

        return text.AsSpan(edge, count);
    }

    private static bool IsPlainContext(char c) => c != '\n' && c != '\r' && !LegacyCodePages.IsSuspect(c);

    private static double ContextCost(ReadOnlySpan<char> left, ReadOnlySpan<char> middle, ReadOnlySpan<char> right)
    {
        var length = left.Length + middle.Length + right.Length;
        char[]? rented = null;
        var buffer = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        left.CopyTo(buffer);
        middle.CopyTo(buffer[left.Length..]);
        right.CopyTo(buffer[(left.Length + middle.Length)..]);
        var cost = Plausibility.Cost(buffer);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return cost;
    }
}
