using R = TextClean.Blocks.BoilerplateReasons;

namespace TextClean.Blocks;

// The rules that read a block with its neighbours, every round: the main body, the byline and standfirst at its top,
// captions over their credits, section headers and the lists they take, results tables and schedules.
public sealed partial class BoilerplatePass
{
    /// <summary>
    /// A mentioned phrase (<see cref="Page.MentionOnly"/>) stands inside the body, between blocks of it:
    /// there it is the article talking. At the body's edges and outside it, the phrase's reason holds, so
    /// a newsletter blurb or a legal notice next to the article still goes. A bio of someone the byline does
    /// not name goes only after the body's last paragraph: a bio closes an article, and at its top or between
    /// its paragraphs the same shape is the article's ("Evan Gershkovich is a reporter for The Wall Street
    /// Journal who…").
    /// </summary>
    private static void ConfirmMentions(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, Span<string?> local, Span<bool> inBody)
    {
        var last = survivors.Length - 1;
        var lastParagraph = -1;
        for (var k = 0; k <= last; k++)
        {
            lastParagraph = inBody[k] && kinds[k] >= Kind.NearGood && !page.MentionOnly[survivors[k]] ? k : lastParagraph;
        }

        for (var k = 0; k <= last; k++)
        {
            var i = survivors[k];
            if (!page.MentionOnly[i] || local[k] is not null)
            {
                continue;
            }

            var holds = IsBioMention(page, i)
                ? k > lastParagraph
                : !(k > 0 && k < last && inBody[k - 1] && inBody[k] && inBody[k + 1]);
            if (!holds)
            {
                continue;
            }

            local[k] = page.OwnReasons[i];
            // A closing bio closes the body: the short lines after it are no article ("Have a news tip? Email…"),
            // but for a results table right under it, which the body's walk took as the story's.
            if (IsBioMention(page, i))
            {
                for (var j = k + 1 + ResultsTableAfter(survivors, page, kinds, local, k + 1); j <= last && inBody[j]; j++)
                {
                    inBody[j] = false;
                }
            }
        }
    }

    /// <summary>A photo's caption stands right above its credit line ("Photo: John Locher, AP", "Natalie Naccache |
    /// Bloomberg | Getty Images"), which sites print on a line of its own under it: both go. In aeb-dev's pages, none
    /// of the 19 blocks above such a line is the article's. A picture may come without a caption, though, its credit
    /// right under a paragraph: one that says or quotes someone, as news paragraphs do and captions hardly, stays.</summary>
    private static void MarkCaptionsAboveCredits(ReadOnlySpan<int> survivors, Page page, Span<Kind> kinds, Span<string?> local)
    {
        for (var k = 1; page.AnyCaptionCredit && k < survivors.Length; k++)
        {
            if (!page.CaptionCredit[survivors[k]])
            {
                continue;
            }

            local[k] ??= R.Credit;
            kinds[k] = Kind.Bad;
            if (local[k - 1] is null && page.MayBeCaption[survivors[k - 1]])
            {
                local[k - 1] = R.Caption;
                kinds[k - 1] = Kind.Bad;
            }
        }
    }

    /// <summary>BBC's caption on the line under its label ("Image caption," / "Wes Streeting said…"): the label goes by
    /// its own reason, and the caption under it with it.</summary>
    private static void MarkCaptionsUnderLabels(ReadOnlySpan<int> survivors, Page page, Span<Kind> kinds, Span<string?> local)
    {
        for (var k = 1; k < survivors.Length; k++)
        {
            var label = page.Features[survivors[k - 1]].KeyIn(page.Keys);
            var f = page.Features[survivors[k]];
            if (label is "image caption" or "media caption" && f.Words is >= MinCaptionWords and <= MaxCaptionWords)
            {
                local[k] ??= R.Caption;
                kinds[k] = Kind.Bad;
            }
        }
    }

    /// <summary>The rows of a table the article introduces with a colon ("Here's how the major averages closed:" /
    /// "Index | Close | Change" / "S&amp;P 500 | 5,614.56 | -2.70%") are the article's: items between separators are a
    /// list of links elsewhere, and here a list item after the colon (<see cref="IsListItemAfterColon"/>).</summary>
    private static void KeepTablesAfterColons(ReadOnlySpan<int> survivors, Page page, Span<Kind> kinds, Span<string?> local)
    {
        for (var k = 0; k + 1 < survivors.Length; k++)
        {
            var f = page.Features[survivors[k]];
            if (!f.EndsWithColon || f.Words < MinIntroductionWords || local[k] is not null)
            {
                continue;
            }

            for (var j = k + 1; j < survivors.Length && page.OwnReasons[survivors[j]] is R.ListOfLinks && page.Features[survivors[j]].ItemSeparators >= 2; j++)
            {
                local[j] = null;
                kinds[j] = Kind.Short;
            }
        }
    }

    /// <summary>The fewest words of a line that introduces a list or a table: "Results:" alone is a widget's label as often.</summary>
    private const int MinIntroductionWords = 4;

    /// <summary>A bio of someone the byline does not name (<see cref="AuthorBio"/>).</summary>
    private static bool IsBioMention(Page page, int block) => page.MentionOnly[block] && page.OwnReasons[block] == R.AboutAuthor;

    /// <summary>
    /// The main body: runs of surviving blocks whose score is highest (article paragraphs count for,
    /// short and bad blocks against; maximum-subarray runs found in one linear scan), the best run and
    /// any other run scoring at least <see cref="SecondaryRunShare"/> of it; then each run grows over the
    /// sentences right next to it (a one-sentence lead paragraph, a closing line). A block that only
    /// mentions a furniture phrase (<see cref="Page.MentionOnly"/>) scores nothing: it joins the paragraphs
    /// around it, but a run of legal notices cannot outscore the article.
    /// </summary>
    private static void MainBody(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, ReadOnlySpan<string?> local,
        Span<bool> inBody, bool keepShortLines)
    {
        var (features, mentionOnly, runs) = (page.Features, page.MentionOnly, page.Runs);
        var n = kinds.Length;
        double current = 0, runBest = 0;
        int start = 0, runEnd = -1;
        var listItems = -1; // the items since a colon that opens a list (IsListItemAfterColon, read forward), or -1
        for (var k = 0; k < n; k++)
        {
            var words = features[survivors[k]].Words;
            var listItem = listItems >= 0 && listItems < MaxListItems && local[k] is null && kinds[k] == Kind.Short;
            var score = mentionOnly[survivors[k]] ? 0 : kinds[k] switch
            {
                Kind.Good => words,
                Kind.NearGood => words * SentenceWordScore,
                // a byline or a date stamp ("Published: Nov. 19, 2019, 6:18 p.m.") ends like a sentence but is none;
                // the items of a list the text introduces with a colon ("The numbers tell the story:", "Possession:
                // Arsenal 48%, Chelsea 52%", …) weigh nothing, so a paragraph after the list continues the run
                Kind.Short => page.BylineLike[survivors[k]] ? ShortPenalty : listItem ? 0 : ShortScore(features[survivors[k]]),
                _ => -(3.0 + (Math.Min(words, 50) * 0.5)),
            };
            listItems = local[k] is not null ? -1 : features[survivors[k]].EndsWithColon ? 0 : listItem ? listItems + 1 : -1;
            if (current <= 0)
            {
                if (runEnd >= 0)
                {
                    runs.Add((start, runEnd, runBest));
                }

                current = 0;
                runBest = 0;
                runEnd = -1;
                start = k;
            }

            current += score;
            if (current > runBest)
            {
                runBest = current;
                runEnd = k;
            }
        }

        if (runEnd >= 0)
        {
            runs.Add((start, runEnd, runBest));
        }

        var best = 0.0;
        foreach (var run in runs)
        {
            best = Math.Max(best, run.Score);
        }

        // Where the last body stretch's walk ended. Whether a block adjoins the body does not depend on the
        // stretch that reaches it, so a run that ends before that point lies inside a stretch already in the
        // body and would walk to the same end: it is skipped, which keeps many runs in a row linear.
        var bodyTo = -1;
        foreach (var (runStart, end, score) in runs)
        {
            if (score < SecondaryRunShare * best || end < bodyTo)
            {
                continue;
            }

            var first = runStart;
            while (first > 0 && !inBody[first - 1] && IsAdjoiningAbove(features[survivors[first - 1]], kinds[first - 1], local[first - 1], page.TableLines[survivors[first - 1]], keepShortLines))
            {
                first--;
            }

            var last = end;
            while (last + 1 < n)
            {
                if (IsAdjoining(features[survivors[last + 1]], kinds[last + 1], local[last + 1], page.TableLines[survivors[last + 1]], keepShortLines)
                    || IsListItemAfterColon(survivors, features, kinds, local, last + 1))
                {
                    last++;
                }
                else if (ResultsTableAfter(survivors, page, kinds, local, last + 1) is > 0 and var rows)
                {
                    last += rows;
                }
                else
                {
                    break;
                }
            }

            for (var k = first; k <= last; k++)
            {
                inBody[k] = true;
            }

            bodyTo = last + 1;
        }
    }

    /// <summary>
    /// A byline at the top of the body ("By", "Sarah E. Needleman", "Nov. 19, 2019 8:03 am ET") goes, and
    /// the standfirst above it (the summary under the headline) with it: the article starts below its byline.
    /// </summary>
    private static void MarkBylineAndStandfirst(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, Span<string?> local, ReadOnlySpan<bool> inBody)
    {
        var features = page.Features;
        var bodyStart = inBody.IndexOf(true);
        if (bodyStart < 0)
        {
            return;
        }

        var limit = Math.Min(survivors.Length, bodyStart + MaxStandfirstBlocks + 2);
        for (var k = bodyStart; k < limit; k++)
        {
            if (local[k] is not null || !page.BylineLike[survivors[k]])
            {
                continue;
            }

            local[k] = R.Byline;
            var paragraphsAbove = 0;
            for (var j = bodyStart; j < k; j++)
            {
                paragraphsAbove += kinds[j] >= Kind.NearGood ? 1 : 0;
            }

            if (paragraphsAbove <= MaxStandfirstBlocks)
            {
                for (var j = bodyStart; j < k; j++)
                {
                    local[j] ??= R.Standfirst;
                }
            }

            // The lines right under it are the rest of the byline: names, handles, the date.
            for (var j = k + 1; j < survivors.Length && local[j] is null && kinds[j] == Kind.Short && features[survivors[j]].Words <= 8
                && !features[survivors[j]].EndsSentence; j++)
            {
                local[j] = R.Byline;
            }

            return;
        }
    }

    /// <summary>The items of a list the article introduces with a colon ("Tour dates:"): the short blocks
    /// after a block that ends with ':' up to the next paragraph or piece of furniture.</summary>
    private static bool IsListItemAfterColon(ReadOnlySpan<int> survivors, BlockFeatures[] features, ReadOnlySpan<Kind> kinds, ReadOnlySpan<string?> local, int k)
    {
        if (local[k] is not null || kinds[k] != Kind.Short)
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && k - j <= MaxListItems; j--)
        {
            if (local[j] is not null)
            {
                return false;
            }

            if (features[survivors[j]].EndsWithColon)
            {
                return true;
            }

            if (kinds[j] != Kind.Short)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// How many blocks from <paramref name="k"/> on are a results table after the body, with the credits the page
    /// put between the last paragraph and the table (a bio, a photo's credit, a wire service's credits: at most
    /// <see cref="MaxCreditsBeforeTable"/>); 0 when no table follows. The credits go all the same, by their own reason.
    /// </summary>
    private static int ResultsTableAfter(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, ReadOnlySpan<string?> local, int k)
    {
        var credits = 0;
        while (k + credits < survivors.Length && credits < MaxCreditsBeforeTable && local[k + credits] is R.AboutAuthor or R.Credit or R.Caption)
        {
            credits++;
        }

        for (var skipped = 0; skipped <= credits; skipped++)
        {
            if (ResultsTableLength(survivors, page, kinds, local, k + skipped) is > 0 and var rows)
            {
                return skipped + rows;
            }
        }

        return 0;
    }

    /// <summary>
    /// How many blocks from <paramref name="k"/> on are a results table (<see cref="ResultsTable"/>): its
    /// optional heading (the columns' labels, "Pos. Driver Time"; a title, "Final results"; the article's
    /// "Results:") and at least <see cref="ResultsTable.MinRows"/> rows ranked one after another; 0 when none
    /// starts there. The table after a sports story's last paragraph is the story's; under a widget's title
    /// ("Standings", "Top movers") it is the page's, and so are price quotes the article does not introduce.
    /// </summary>
    private static int ResultsTableLength(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, ReadOnlySpan<string?> local, int k)
    {
        var lines = page.TableLines;
        var first = k;
        var introduced = k > 0 && page.Features[survivors[k - 1]].EndsWithColon;
        if (first < survivors.Length && !lines[survivors[first]].IsRow)
        {
            var heading = lines[survivors[first]].Heading;
            if (local[first] is not null || kinds[first] != Kind.Short || heading is ResultsTable.Heading.None or ResultsTable.Heading.Widget)
            {
                return 0;
            }

            introduced |= heading == ResultsTable.Heading.Introduction;
            first++;
        }

        var end = first;
        while (end < survivors.Length && local[end] is null && kinds[end] != Kind.Bad && lines[survivors[end]].IsRow
            && (introduced || !lines[survivors[end]].Quote)
            && (end == first || ResultsTable.Follows(lines[survivors[end - 1]], lines[survivors[end]])))
        {
            end++;
        }

        return end - first >= ResultsTable.MinRows ? end - k : 0;
    }

    /// <summary>The first block after the short lines from <paramref name="k"/> on is a paragraph of the body.</summary>
    private static bool ArticleResumesAfterList(ReadOnlySpan<Kind> kinds, ReadOnlySpan<bool> inBody, int k)
    {
        for (var j = k + 1; j < kinds.Length && j - k <= MaxListItems; j++)
        {
            if (kinds[j] != Kind.Short)
            {
                return inBody[j] && kinds[j] >= Kind.NearGood;
            }
        }

        return false;
    }

    /// <summary>A short sentence weighs for the body a little; a title-cased headline (a link to another
    /// article) against it more than other short lines.</summary>
    private static double ShortScore(in BlockFeatures f)
    {
        if (f.EndsSentence && f.Words >= 4)
        {
            return SentenceWordScore * f.Words;
        }

        return f.Words >= 4 && f.CapitalizedShare >= 0.7 ? 2 * ShortPenalty : ShortPenalty;
    }

    /// <summary>A block right next to a body run that joins it: a sentence (a closing "Nobody died." too) or a
    /// line of some length that introduces what follows; with <paramref name="keepShortLines"/>, any short line that is no furniture.
    /// A price quote adjoins nothing: the article lists quotes only after its colon (<see cref="IsListItemAfterColon"/>).</summary>
    private static bool IsAdjoining(in BlockFeatures f, Kind kind, string? reason, TableLine table, bool keepShortLines) =>
        reason is null && kind != Kind.Bad && !table.Quote && (keepShortLines ? f.Words >= 2 : (f.EndsSentence && f.Words >= 2) || (f.EndsWithColon && f.Words >= 4));

    /// <summary><see cref="IsAdjoining"/> for the block right above the body, which may also be a lead paragraph whose
    /// final period the scrape lost: a long line in sentence case ("Chelsea have this morning paid the £71.6million fee
    /// … keeper Kepa Arrizabalaga"), where a headline is short or in title case. Below the body such a line is as
    /// often a teaser or a caption, so only above it.</summary>
    private static bool IsAdjoiningAbove(in BlockFeatures f, Kind kind, string? reason, TableLine table, bool keepShortLines) =>
        IsAdjoining(f, kind, reason, table, keepShortLines) ||
        (reason is null && kind != Kind.Bad && !table.Quote && f.Words >= UnstoppedLeadWords && f.CapitalizedShare <= UnstoppedLeadCapitalizedShare &&
         !f.EndsWithPhotoCredit);

    /// <summary>The fewest words of a lead paragraph without its final period (<see cref="IsAdjoiningAbove"/>).</summary>
    private const int UnstoppedLeadWords = 12;

    /// <summary>The largest share of capitalized words in such a lead: title-case headlines are near 1.</summary>
    private const double UnstoppedLeadCapitalizedShare = 0.5;

    /// <summary>A section header takes the link list under it: to the end of the page when little article
    /// text follows it, otherwise the headlines and teasers right after it.</summary>
    private static void MarkSections(ReadOnlySpan<int> survivors, Page page, ReadOnlySpan<Kind> kinds, Span<string?> local, ReadOnlySpan<bool> inBody)
    {
        var features = page.Features;
        var bodyStart = inBody.IndexOf(true);
        var bodyEnd = inBody.LastIndexOf(true);
        var goodWordsAfter = page.GoodWordsAfter;
        goodWordsAfter[kinds.Length] = 0;
        for (var k = kinds.Length - 1; k >= 0; k--)
        {
            goodWordsAfter[k] = goodWordsAfter[k + 1] + (kinds[k] >= Kind.NearGood && local[k] is null ? features[survivors[k]].Words : 0);
        }

        // The stretch the last header's walk covered: a later header inside it, on the same side of the
        // article's start, would walk part of it and mark nothing new (a block keeps the first reason), so
        // it does not walk. Many headers in a row ("Related" after "Related") stay linear.
        var walkedTo = -1;
        var walkedInArticle = false;
        for (var k = 0; k < kinds.Length; k++)
        {
            var f = features[survivors[k]];
            // An item of a list the article introduces ("Here is what changes:", "More buses") is no header,
            // when the article goes on after the list: at its end, "More from Metro" heads the links below.
            if (page.SectionHeaders[survivors[k]] is not { } header
                || (IsListItemAfterColon(survivors, features, kinds, local, k) && ArticleResumesAfterList(kinds, inBody, k)))
            {
                continue;
            }

            local[k] ??= header.Reason;
            var before = goodWordsAfter[0] - goodWordsAfter[k];
            var after = goodWordsAfter[k + 1];
            var inArticle = k > bodyStart;
            if (inArticle && (header.Reason == R.Comments || k > bodyEnd || after < SectionToEndShare * before))
            {
                for (var rest = k + 1; rest < kinds.Length; rest++)
                {
                    local[rest] ??= header.Reason;
                }

                return;
            }

            if (k < walkedTo && inArticle == walkedInArticle)
            {
                continue;
            }

            // In the middle of the article: headlines, each with at most one teaser sentence. Above the
            // article, headlines only: the line under the last one may be the article's own lead. After two
            // headlines in a row, a sentence with no headline under it is the article going on, not a teaser (Al
            // Jazeera's "More:" and three headlines inside the story); a card's lines (headline, author) may still
            // come before a teaser when another card follows.
            var previousWasHeadline = false;
            var headlinesOnly = false;
            var j = k + 1;
            for (; j < kinds.Length; j++)
            {
                var g = features[survivors[j]];
                if (IsListedHeadline(survivors, features, j))
                {
                    headlinesOnly |= previousWasHeadline;
                    previousWasHeadline = true;
                }
                else if (inArticle && previousWasHeadline && (j + 1 < kinds.Length && IsListedHeadline(survivors, features, j + 1) ||
                                                              (g.Words <= MaxTeaserWords && kinds[j] != Kind.Good && !headlinesOnly)))
                {
                    previousWasHeadline = false;
                }
                else
                {
                    break;
                }

                local[j] ??= header.Reason;
            }

            walkedTo = j;
            walkedInArticle = inArticle;
        }
    }

    /// <summary>Whether block <paramref name="k"/> of a list a section header introduced is one of its headlines: a
    /// headline-like line, or a question with a line of its card under it ("What made Joker so popular?" over its
    /// author's name). A question with a paragraph under it is the article's own subheading ("What happens next?").</summary>
    private static bool IsListedHeadline(ReadOnlySpan<int> survivors, BlockFeatures[] features, int k) =>
        features[survivors[k]].IsHeadlineLike ||
        (features[survivors[k]].IsShortQuestion && k + 1 < survivors.Length && features[survivors[k + 1]].IsHeadlineLike);

    /// <summary>A headline followed by a teaser cut short with an ellipsis is a link to another article. A line that
    /// ends with a colon introduces what follows ("Every CI job now starts with:" over "bazel test //services/...").</summary>
    private static void MarkTeasers(ReadOnlySpan<int> survivors, BlockFeatures[] features, Span<string?> local)
    {
        for (var k = 1; k < survivors.Length; k++)
        {
            if (features[survivors[k]].EndsWithEllipsis && features[survivors[k - 1]].IsHeadlineLike && !features[survivors[k - 1]].EndsWithColon)
            {
                local[k] ??= R.RelatedLink;
                local[k - 1] ??= R.RelatedLink;
            }
        }
    }

    /// <summary>A repeated line goes with its copy that another rule removed.</summary>
    private static void MarkCopiesOfRemoved(ReadOnlySpan<int> survivors, Page page, Span<string?> local)
    {
        var (seen, removedCopy) = (page.Seen, page.RemovedCopy);
        var any = false;
        for (var k = 0; k < survivors.Length; k++)
        {
            var i = survivors[k];
            if (local[k] is not null and not R.Duplicate && seen[page.KeyIds[i]] > 1 && page.Features[i].Words <= MaxShortRepeatWords)
            {
                removedCopy[page.KeyIds[i]] = true;
                any = true;
            }
        }

        for (var k = 0; any && k < survivors.Length; k++)
        {
            if (local[k] is null && removedCopy[page.KeyIds[survivors[k]]])
            {
                local[k] = R.Duplicate;
            }
        }
    }
}
