using System.Buffers;
using System.Text.RegularExpressions;
using R = TextClean.Blocks.BoilerplateReasons;

namespace TextClean.Blocks;

/// <summary>
/// Classifies every block as article or boilerplate, with a reason code (<see cref="BoilerplateReasons"/>),
/// from plain-text features only, in the spirit of jusText:
/// <list type="number">
/// <item>each block alone: known phrases per language, photo credits, repeats, then good / near-good /
/// short / bad from its length and the density of the page language's stopwords;</item>
/// <item>the main body: the run of blocks with the highest score (article paragraphs count for, short
/// and bad blocks against), found in one linear scan (maximum subarray);</item>
/// <item>context: section headers ("News Feed", "Related", "Read more") take what follows them, to the end
/// of the page when little article follows; headline + teaser pairs go; short blocks between article
/// paragraphs stay (subheadings), short blocks outside the body go.</item>
/// </list>
/// The classification is a function of the ordered block texts, and it is repeated on the surviving
/// blocks until it removes nothing more. So its output is a fixed point: cleaning clean output removes
/// nothing (idempotent by construction, not by luck).
/// </summary>
public sealed partial class BoilerplatePass : BlockPass
{
    /// <summary>Rounds before giving up on a fixed point; real pages settle in two or three.</summary>
    private const int MaxRounds = 12;

    /// <summary>A second dense run counts as body when it scores at least this share of the best one
    /// (an article split by a gallery or an embedded box).</summary>
    private const double SecondaryRunShare = 0.5;

    /// <summary>A section header in the article runs to the end of the page when the article-like text
    /// after it is less than this share of the article text before it (a news feed with a teaser or two).</summary>
    private const double SectionToEndShare = 0.6;

    /// <summary>"About the author" is short; "About us and our long history of service" is a headline.</summary>
    private const int MaxAboutHeaderWords = 5;

    /// <summary>At most this many paragraphs above a byline are a standfirst, not the article.</summary>
    private const int MaxStandfirstBlocks = 2;

    /// <summary>How far a list introduced by a colon may run.</summary>
    private const int MaxListItems = 60;

    /// <summary>A bio, a photo's credit and a wire service's credits may stand between a story and its results table.</summary>
    private const int MaxCreditsBeforeTable = 2;

    /// <summary>Lines up to this many words are short: repeated, they are furniture.</summary>
    private const int MaxShortRepeatWords = 20;

    /// <summary>From this many words, a sentence that mentions a furniture phrase ("subscribe", "cookie") may
    /// be the article reporting on it (<see cref="IsReportedMention"/>).</summary>
    private const int MinMentionWords = 15;

    /// <summary>An author's bio is a sentence or two (<see cref="AuthorBio"/>).</summary>
    private const int MaxBioWords = 40;

    /// <summary>A photo's caption runs from a few words to a long sentence or two: the blocks a credit line may take
    /// with it, and the labelled captions ("Image caption …") taken whatever their length within this.</summary>
    private const int MinCaptionWords = 5;
    private const int MaxCaptionWords = 60;

    /// <summary>The teaser sentence under a related headline is short; a lead paragraph is longer.</summary>
    private const int MaxTeaserWords = 24;

    /// <summary>What a short block (a subheading, a label) costs a run of article paragraphs.</summary>
    private const double ShortPenalty = -3.0;

    /// <summary>Per word, what a likely paragraph (near-good, or a short complete sentence) adds to a run.</summary>
    private const double SentenceWordScore = 0.5;

    private readonly BoilerplateOptions _options;

    private readonly PhraseTable _phrases;

    private readonly Regex[] _patterns;

    /// <summary>A pass with <see cref="BoilerplateOptions.Default"/>.</summary>
    public BoilerplatePass()
        : this(BoilerplateOptions.Default)
    {
    }

    /// <exception cref="ArgumentException">A pattern in <paramref name="options"/> is not a valid regular expression.</exception>
    /// <summary>A pass that removes what <paramref name="options"/> say: thresholds, presets, your own phrases
    /// and patterns. The patterns are compiled here, once. <see cref="BoilerplateOptions.Enabled"/> is the
    /// cleaner's to read: a pass built here runs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public BoilerplatePass(BoilerplateOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _phrases = new PhraseTable([.. options.Phrases, .. BoilerplatePhrases.All]);
        _patterns = [.. options.Patterns.Select(p => new Regex(p, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
    }

    /// <inheritdoc />
    public override string Name => "boilerplate";

    /// <summary>The options the pass was built from.</summary>
    public BoilerplateOptions Options => _options;

    /// <inheritdoc />
    protected override BlockPlan Plan(BlockDocument document)
    {
        var page = Page.Rent(document.BlockArray.Length, document.Text.Length);
        try
        {
            ReadBlocks(document, page);
            return Classify(document, page);
        }
        finally
        {
            page.Return();
        }
    }

    /// <summary>What each block says about itself, whatever its neighbours; it does not change between
    /// rounds, so it is worked out once. Repeats are counted by key id, so rounds never hash text again.</summary>
    private void ReadBlocks(BlockDocument document, Page page)
    {
        var text = document.Text;
        var blocks = document.BlockArray;
        var languages = page.Languages;
        var features = page.Features;
        var hits = page.StopwordHits;
        var firstCopy = page.FirstCopy;

        // Pages repeat their furniture (menus, share buttons, "Read more"): a block that repeats an
        // earlier one character for character shares its features and its own verdicts, which are a
        // function of the block's text alone.
        SpanIds.FirstOfEqual(new BlockTexts(text, blocks), blocks.Length, [], firstCopy, page.Slots);
        var keyEnd = 0;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (firstCopy[i] < i)
            {
                features[i] = features[firstCopy[i]];
                hits.AsSpan(firstCopy[i] * languages, languages).CopyTo(hits.AsSpan(i * languages, languages));
                continue;
            }

            page.EnsureKeyRoom(keyEnd, BlockFeatures.MaxKeyLength(blocks[i].Length));
            features[i] = BlockFeatures.Compute(blocks[i].Span(text), hits.AsSpan(i * languages, languages), page.Keys, keyEnd);
            keyEnd += features[i].KeyLength;
        }

        var keys = page.Keys;
        page.DistinctKeys = SpanIds.FirstOfEqual(new BlockKeys(features, keys), blocks.Length, firstCopy, page.KeyIds, page.Slots);
        SpanIds.Number(page.KeyIds.AsSpan(0, blocks.Length));
        for (var i = 0; i < blocks.Length; i++)
        {
            var first = firstCopy[i];
            if (first < i)
            {
                page.OwnReasons[i] = page.OwnReasons[first];
                page.SectionHeaders[i] = page.SectionHeaders[first];
                page.BylineLike[i] = page.BylineLike[first];
                page.CaptionCredit[i] = page.CaptionCredit[first];
                page.MentionOnly[i] = page.MentionOnly[first];
                page.TableLines[i] = page.TableLines[first];
                continue;
            }

            var span = blocks[i].Span(text);
            var key = features[i].KeyIn(keys);
            var whole = _phrases.MatchWhole(key);
            page.OwnReasons[i] = OwnReason(span, key, whole, features[i], document.Metadata.Authors, out page.MentionOnly[i]);
            page.TableLines[i] = TableLine.Of(span);
            page.SectionHeaders[i] = _phrases.MatchSectionHeader(key, whole, features[i].Words, allowLongHeader: !features[i].EndsSentence)
                ?? CommentsHeading(key, features[i]) ?? AboutHeading(key, features[i]) ?? MoreHeading(key, features[i]);
            page.BylineLike[i] = IsBylineLike(span, key, features[i]);
            page.CaptionCredit[i] = features[i].Words <= CreditLine.MaxCreditWords && CreditLine.FollowsCaption(span);
            page.AnyCaptionCredit |= page.CaptionCredit[i];
        }

        // Whether a block may be a caption is asked only above a credit line: most pages have none.
        for (var i = 0; page.AnyCaptionCredit && i < blocks.Length; i++)
        {
            page.MayBeCaption[i] = firstCopy[i] < i ? page.MayBeCaption[firstCopy[i]] :
                features[i].Words is >= MinCaptionWords and <= MaxCaptionWords && !features[i].EndsWithColon && !IsAttributedOrQuoted(blocks[i].Span(text));
        }

        // Only a block with rows after it can head a table: most pages have none.
        var tableLines = page.TableLines;
        var headingsEnd = ResultsTable.HeadingsEnd(tableLines.AsSpan(0, blocks.Length));
        for (var i = 0; i < headingsEnd; i++)
        {
            if (firstCopy[i] < i)
            {
                tableLines[i] = tableLines[firstCopy[i]];
            }
            else if (!tableLines[i].IsRow)
            {
                tableLines[i] = tableLines[i] with { Heading = ResultsTable.HeadingOf(blocks[i].Span(text)) };
            }
        }
    }

    private BlockPlan Classify(BlockDocument document, Page page)
    {
        var blocks = document.BlockArray;
        var survivors = page.Survivors;
        for (var i = 0; i < blocks.Length; i++)
        {
            survivors[i] = i;
        }

        page.SurvivorCount = blocks.Length;
        page.CountWords();
        var reasons = page.Reasons;
        var settled = blocks.Length == 0;
        for (var round = 0; round < MaxRounds && page.SurvivorCount > 0; round++)
        {
            if (ClassifyRound(page) == 0)
            {
                settled = true;
                break;
            }

            var kept = 0;
            foreach (var i in page.LiveSurvivors)
            {
                if (reasons[i] is null)
                {
                    survivors[kept++] = i;
                }
                else
                {
                    page.UncountWords(i);
                }
            }

            page.SurvivorCount = kept;
        }

        var edits = new List<BlockEdit>(blocks.Length - page.SurvivorCount);
        for (var i = 0; i < blocks.Length; i++)
        {
            if (reasons[i] is { } reason)
            {
                edits.Add(BlockEdit.RemoveBlock(document, i, reason));
            }
        }

        // Survivors on which a round removed nothing are a fixed point (not so when the rounds ran out),
        // and the decisions are a function of the ordered block texts: the stage need not ask again.
        if (!settled)
        {
            return new BlockPlan(edits, document.Metadata);
        }

        var survivingBlocks = new TextBlock[page.SurvivorCount];
        for (var k = 0; k < survivingBlocks.Length; k++)
        {
            survivingBlocks[k] = blocks[survivors[k]];
        }

        return new BlockPlan(edits, document.Metadata) { Settles = new SettledBlocks(document.Text, survivingBlocks) };
    }

    /// <summary>A transcript's turn: a speaker's label and a statement or a question ("A: No.", "Q: Never?"). Said
    /// again, it is the interview, not furniture ("Tap to unmute.", "Copied!" repeated are).</summary>
    private static bool IsSpokenTurn(in BlockFeatures f) => f.OpensWithSpeaker && f.EndsSentence && !f.EndsWithEllipsis && !f.EndsWithExclamation;

    /// <summary>The longest turn kept however often it is repeated ("A: I don't know."); a longer one repeated is a
    /// pull quote, kept once.</summary>
    private const int MaxRepeatedTurnWords = 5;

    private enum Kind
    {
        Bad,
        Short,
        NearGood,
        Good,
    }

    /// <summary>One classification of the surviving blocks; marks removals in <see cref="Page.Reasons"/>
    /// and returns how many.</summary>
    private int ClassifyRound(Page page)
    {
        page.BeginRound();
        var (features, hits, languages, fixedReasons) = (page.Features, page.StopwordHits, page.Languages, page.OwnReasons);
        var survivors = page.LiveSurvivors;
        var n = survivors.Length;
        var language = PageLanguage(page, out var hasLanguage);

        // Repeats: short lines seen twice are page furniture everywhere; a long repeated paragraph is kept once.
        var keyIds = page.KeyIds;
        var seen = page.Seen;
        foreach (var i in survivors)
        {
            seen[keyIds[i]]++;
        }

        var kinds = page.Kinds.AsSpan(0, n);
        var local = page.Local.AsSpan(0, n);
        for (var k = 0; k < n; k++)
        {
            var i = survivors[k];
            var f = features[i];
            local[k] = page.MentionOnly[i] ? null : fixedReasons[i];
            // Repeats: a short line seen three times is page furniture. A short line seen twice (a headline
            // in a teaser box and again in a list) stays a short block: it goes with the body's edges or
            // with the copy that another rule removes. Repeated paragraphs are kept once, at the end.
            // A line that introduces a list is the article's, though its words name a menu's link too ("Dare to
            // Play 3:" over the game's features, and "Dare to Play 3" in every menu): keys leave the colon out.
            if (local[k] is null && f.Words <= MaxShortRepeatWords && seen[keyIds[i]] > 2 && !(f.EndsWithColon && f.Words >= 2) &&
                !IsSpokenTurn(f))
            {
                local[k] = R.Duplicate;
            }

            var density = hasLanguage ? (double)hits[(i * languages) + language] / f.Words : (f.EndsSentence ? 1.0 : 0.0);
            kinds[k] = local[k] is not null ? Kind.Bad : Judge(f, density);
            if (kinds[k] == Kind.Bad)
            {
                local[k] ??= R.ListOfLinks;
            }
        }

        MarkCaptionsAboveCredits(survivors, page, kinds, local);
        MarkCaptionsUnderLabels(survivors, page, kinds, local);
        KeepTablesAfterColons(survivors, page, kinds, local);
        var inBody = page.InBody.AsSpan(0, n);
        MainBody(survivors, page, kinds, local, inBody, _options.KeepShortLinesNextToBody);
        ConfirmMentions(survivors, page, kinds, local, inBody);
        MarkBylineAndStandfirst(survivors, page, kinds, local, inBody);
        MarkSections(survivors, page, kinds, local, inBody);
        MarkTeasers(survivors, features, local);
        MarkCopiesOfRemoved(survivors, page, local);

        var bodyPastLinks = BodyPastLinkBoxes(survivors, page, kinds, local, inBody);
        var removed = 0;
        var keptRepeat = page.KeptRepeat;
        var reasons = page.Reasons;
        for (var k = 0; k < n; k++)
        {
            var i = survivors[k];
            var reason = local[k];
            if (reason is null && !inBody[k] && !(bodyPastLinks is not null && bodyPastLinks[k]))
            {
                var keep = _options.KeepGoodOutsideBody && kinds[k] == Kind.Good;
                reason = keep ? null : kinds[k] == Kind.Short ? R.ShortOutsideBody : R.OutsideBody;
            }

            // A paragraph repeated (a pull quote, a summary above the article) is kept once: the first
            // copy that survives everything else. Not a short statement: an interview's "A: No." says it again.
            if (reason is null && seen[keyIds[i]] > 1 && !(IsSpokenTurn(features[i]) && features[i].Words <= MaxRepeatedTurnWords))
            {
                reason = keptRepeat[keyIds[i]] ? R.Duplicate : null;
                keptRepeat[keyIds[i]] = true;
            }

            if (reason is not null)
            {
                reasons[i] = reason;
                removed++;
            }
        }

        if (bodyPastLinks is not null)
        {
            ArrayPool<bool>.Shared.Return(bodyPastLinks);
        }

        return removed;
    }

    /// <summary>The fewest words of prose on the far side of a box of links for it to be the article's
    /// (<see cref="BodyPastLinkBoxes"/>): two short lead paragraphs.</summary>
    private const int MinWordsPastLinkBox = 40;

    /// <summary>
    /// The main body as it is without the links to other stories this round found: a box of them inside the article
    /// (Al Jazeera's "Recommended Stories" between the lead and the rest) weighs against the body as short lines do and
    /// cut the paragraphs on its far side off, though the links go by their own reason. A block in this body stays for
    /// the next round, which judges the body without the box. Null when the round found no such links (a pooled array
    /// otherwise, <paramref name="survivors"/> long).
    /// </summary>
    private bool[]? BodyPastLinkBoxes(ReadOnlySpan<int> survivors, Page page, Span<Kind> kinds, Span<string?> local, ReadOnlySpan<bool> inBody)
    {
        // Only where prose outside the body comes before links and the body after them: the shape of a box inside
        // the article, and seldom met, so the body is judged again only there
        var n = survivors.Length;
        var links = 0;
        var (proseOutside, boxAfterProse, bodyAfterBox) = (false, false, false);
        for (var k = 0; k < n; k++)
        {
            if (local[k] is R.RelatedLink)
            {
                links++;
                boxAfterProse |= proseOutside;
            }
            else
            {
                proseOutside |= local[k] is null && !inBody[k] && kinds[k] >= Kind.NearGood;
                bodyAfterBox |= boxAfterProse && inBody[k];
            }
        }

        if (!bodyAfterBox)
        {
            return null;
        }

        var m = n - links;
        var others = ArrayPool<int>.Shared.Rent(m);
        var otherKinds = ArrayPool<Kind>.Shared.Rent(m);
        var otherLocal = ArrayPool<string?>.Shared.Rent(m);
        var otherInBody = ArrayPool<bool>.Shared.Rent(m);
        var at = ArrayPool<int>.Shared.Rent(m);
        for (int k = 0, j = 0; k < n; k++)
        {
            if (local[k] is not R.RelatedLink)
            {
                (others[j], otherKinds[j], otherLocal[j], otherInBody[j], at[j]) = (survivors[k], kinds[k], local[k], false, k);
                j++;
            }
        }

        page.Runs.Clear();
        MainBody(others.AsSpan(0, m), page, otherKinds.AsSpan(0, m), otherLocal.AsSpan(0, m), otherInBody.AsSpan(0, m), _options.KeepShortLinesNextToBody);
        var kept = ArrayPool<bool>.Shared.Rent(n);
        kept.AsSpan(0, n).Clear();
        var regained = 0;
        for (var j = 0; j < m; j++)
        {
            kept[at[j]] = otherInBody[j];
            regained += otherInBody[j] && !inBody[at[j]] && otherKinds[j] >= Kind.NearGood ? page.Features[others[j]].Words : 0;
        }

        // Paragraphs of an article, not a line of furniture that the box stood beside ("Chat with us in Facebook
        // Messenger. Find out what's happening…" over a video box): the far side holds a lead's worth of prose
        if (regained < MinWordsPastLinkBox)
        {
            kept.AsSpan(0, n).Clear();
        }

        ArrayPool<int>.Shared.Return(others);
        ArrayPool<Kind>.Shared.Return(otherKinds);
        ArrayPool<string?>.Shared.Return(otherLocal, clearArray: true);
        ArrayPool<bool>.Shared.Return(otherInBody);
        ArrayPool<int>.Shared.Return(at);
        return kept;
    }

    private Kind Judge(in BlockFeatures f, double density)
    {
        if (f.Chars >= _options.GoodLength && density >= _options.GoodStopwordDensity && (f.EndsSentence || f.Chars >= 3 * _options.GoodLength))
        {
            return Kind.Good;
        }

        if (f.Chars >= _options.NearGoodLength && density >= _options.NearGoodStopwordDensity && f.EndsSentence)
        {
            return Kind.NearGood;
        }

        // Long but hardly a stopword in it: a run of link titles or tags.
        if (f.Chars >= 2 * _options.GoodLength && density < _options.NearGoodStopwordDensity / 2)
        {
            return Kind.Bad;
        }

        return Kind.Short;
    }

    /// <summary>The stoplist that covers most of the surviving words (<see cref="Page.CountWords"/>); none
    /// when even the best covers too few (a language without a list, such as Japanese).</summary>
    private static int PageLanguage(Page page, out bool hasLanguage)
    {
        var totals = page.StopwordTotals;
        var best = 0;
        for (var l = 1; l < totals.Length; l++)
        {
            if (totals[l] > totals[best])
            {
                best = l;
            }
        }

        hasLanguage = page.WordTotal > 0 && totals[best] >= 0.12 * page.WordTotal;
        return best;
    }
}
