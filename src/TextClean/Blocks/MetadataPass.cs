namespace TextClean.Blocks;

/// <summary>
/// Takes the article's metadata out of the body: the headline before a byline (<see cref="ArticleMetadata.Title"/>),
/// the byline's authors and date, a dateline glued to the first line ("date 2023-09-12 The leader…"), a
/// date line above the body, and editor footers ("Editor : M.L."; an editor is not an author).
/// It only looks above the first body paragraph (and at the last lines for footers), and a title needs a
/// byline right after it, so a second run over its output finds nothing more: the first body paragraph is
/// never taken for a title.
/// </summary>
public sealed partial class MetadataPass : BlockPass
{
    /// <summary>The headline, taken into <see cref="ArticleMetadata.Title"/>.</summary>
    public const string TitleReason = "title";
    /// <summary>The byline, taken into <see cref="ArticleMetadata.Authors"/> (and its date into <see cref="ArticleMetadata.Published"/>).</summary>
    public const string BylineReason = "byline";
    /// <summary>A dateline or date line, taken into <see cref="ArticleMetadata.Published"/>.</summary>
    public const string DatelineReason = "dateline";
    /// <summary>An editing or reporting credit at the foot ("Editing by …", "(Reporting by …)"): removed; no author.</summary>
    public const string EditorReason = "editor";

    private const int MaxHeaderBlocks = 20;

    /// <summary>How far down a web page, past its menus, a byline is looked for (<see cref="PageBylineBelowHeader"/>).</summary>
    private const int MaxPageBlocks = 400;

    private const int FooterBlocks = 3;

    private static readonly string[] DatelineKeywords = ["date", "published on", "published", "posted on", "posted", "updated on", "updated", "first published"];
    private static readonly string[] EditorPrefixes = ["editor:", "editors:", "editor :", "edited by ", "editing by "];
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "le", "la", "du", "al", "el", "bin", "ibn",
        "y", "e", "ter", "ten", "zu", "af", "st",
    };

    /// <summary>Words of a title-cased headline that no name has ("Par For The Course").</summary>
    private static bool IsHeadlineWord(ReadOnlySpan<char> word)
    {
        return WordList.Contains((ReadOnlySpan<string>)["the", "for", "to", "of", "in", "on", "at", "with", "from", "is", "are", "a", "an", "after", "over"], word);
    }

    private static readonly string[] JobTitleWords = [.. NewsroomRoles.Story, "analyst", "staff", "intern", "chief",
        // An expert's byline names the post too: "By Jane Doe, Associate Professor", "…, PhD Candidate"
        "professor", "lecturer", "researcher", "scientist", "fellow", "candidate", "director", "ambassador", "economist"];
    private static readonly string[] CreditRoleWords = NewsroomRoles.Pictures;
    private static readonly string[] NotAuthorWords = ["published", "updated", "modified", "posted", "on", "at", "and", "last",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <inheritdoc />
    public override string Name => "metadata";

    /// <inheritdoc />
    protected override BlockPlan Plan(BlockDocument document)
    {
        var text = document.Text;
        var blocks = document.BlockArray;
        var edits = new List<BlockEdit>();
        var metadata = document.Metadata;
        if (blocks.Length == 0)
        {
            return new BlockPlan(edits, metadata);
        }

        var header = HeaderLength(text, blocks);
        var removed = new bool[blocks.Length];
        var published = metadata.Published;
        var title = metadata.Title;
        var authors = metadata.Authors;

        // A dateline glued to the first line: "date 2023-09-12 The leader of…". Datelines repeated in a row go in one
        // edit: one a round would leave some for a second run once the stage's rounds ran out.
        var datelineEnd = DatelinePrefixLength(blocks[0].Span(text), out var dateline);
        while (datelineEnd > 0 && datelineEnd < blocks[0].Length && DatelinePrefixLength(blocks[0].Span(text)[datelineEnd..], out _) is > 0 and var more)
        {
            datelineEnd += more;
        }

        if (datelineEnd > 0)
        {
            published ??= dateline;
            removed[0] = true;
            if (datelineEnd >= blocks[0].Length)
            {
                removed[0] = true;
                edits.Add(BlockEdit.RemoveBlock(document, 0, DatelineReason));
            }
            else
            {
                edits.Add(new BlockEdit(blocks[0].Start, datelineEnd, "", DatelineReason));
            }
        }

        ArticleDate? updated = null;
        var byline = FindByline(text, blocks, header, removed);
        if (byline is null && authors.Count == 0 && PageBylineBelowHeader(text, blocks, header) is { } pageByline)
        {
            // A web page's byline under its menus, past the header: its authors and date are the article's, and the
            // headline above it the title. All stay where they are: the boilerplate pass takes the byline with the
            // standfirst and the caption above it.
            TryReadByline(pageByline.Line, out authors, out var date);
            title ??= HeadlineAbovePageByline(text, blocks, pageByline.First);
            if (IsUpdateDate(pageByline.Line))
            {
                updated = date;
            }
            else
            {
                published ??= date;
            }

            ReadDateLinesBeside(text, blocks, pageByline, header, ref published, ref updated);
        }

        if (byline is { } found)
        {
            TryReadByline(found.Line, out var names, out var date);
            removed.AsSpan(found.First, found.Last - found.First + 1).Fill(true);
            if (names.Count > 0 && authors.Count == 0)
            {
                authors = names;
            }

            // "By Jane Doe | Updated Sept. 14, 2023" dates an edit: a "Published" line below gives the article's date.
            if (IsUpdateDate(found.Line))
            {
                updated = date;
            }
            else
            {
                published ??= date;
            }

            // The lead photo's credit and date lines may sit between the headline and the byline: the headline
            // is above them. Without a headline above, a labelled line is the headline ("PHOTOS: Crowds line up…").
            var above = found.Headline >= 0 ? found.Headline : found.First - 1;
            var labelled = -1;
            for (; found.Headline < 0 && above >= 0 && !removed[above]; above--)
            {
                var span = blocks[above].Span(text);
                if (CreditLine.IsAt(span))
                {
                    labelled = labelled < 0 ? above : labelled;
                }
                else if (!IsDateLine(span, out _) && !IsPhotographerByline(span) && !IsCreditedCaption(span) &&
                         !(StartsWithDateLabel(span) && CountWords(span) == 1) && !IsPictureLabel(span) &&
                         !(above > 0 && IsPictureLabel(blocks[above - 1].Span(text))))
                {
                    // past the lead picture's credit, date lines and caption ("A woman walks past… (Photo: …)"), and
                    // BBC's "Published" / "14 March 2025" / "Image caption," / the caption
                    break;
                }
            }

            // "Headline" / "The central bank paused its increases again." / "By Jane Doe": the headline over its
            // standfirst, which stays
            if (found.Headline < 0 && above >= 1 && !removed[above] && !removed[above - 1] && IsStandfirst(blocks[above].Span(text)) &&
                !IsHeadline(blocks[above].Span(text)) && // a headline asked as a question is the headline
                IsHeadline(blocks[above - 1].Span(text)) && !EndsLikeSentence(blocks[above - 1].Span(text)))
            {
                above--;
            }

            // "The Senate passed the bill. Here's what happens next." / "By Jane Doe": a page's first line over the
            // byline is its headline, periods and all, when it is short
            var headlineInSentences = above == 0 && found.Headline <= 0 && !removed[0] && IsHeadlineInSentences(blocks[0].Span(text));
            if (!headlineInSentences && (above < 0 || removed[above] || !IsHeadline(blocks[above].Span(text))))
            {
                above = labelled;
            }

            if (above >= 0 && !removed[above] && title is null && (headlineInSentences || IsHeadline(blocks[above].Span(text))))
            {
                removed[above] = true;
                title = blocks[above].Span(text).ToString();
            }

            // "By Jane Doe" / "City council approves new budget" / the body: a byline first on the page, over the headline
            var under = found.Last + 1;
            if (title is null && removed.AsSpan(0, found.First).IndexOf(false) < 0 && under + 1 == header && !removed[under] &&
                IsHeadline(blocks[under].Span(text)))
            {
                removed[under] = true;
                title = blocks[under].Span(text).ToString();
            }
        }

        if (title is null && byline is null && authors.Count == 0 && HeadlineOverDateLines(text, blocks, header, removed) is var headline and >= 0)
        {
            removed[headline] = true;
            title = blocks[headline].Span(text).ToString();
        }

        // Photographers' bylines and lines that are only a date above the body ("Published October 6, 2023"):
        // all of them go, so a second run finds none; the first date line gives the date, but an "Updated …" line
        // only when no other does (sites print the update above the first publication as often as below it).
        for (var i = 0; i < header; i++)
        {
            if (!removed[i] && IsPhotographerByline(blocks[i].Span(text)))
            {
                removed[i] = true; // the lead picture's, beside the writer's byline
            }
            else if (!removed[i] && IsDateLine(blocks[i].Span(text), out var date))
            {
                removed[i] = true;
                if (IsUpdateLine(blocks[i].Span(text)))
                {
                    updated ??= date;
                }
                else
                {
                    published ??= date;
                }
            }
        }

        // A byline at the header's last lines: its date lines may lie past the header, as a page's do
        if (byline is { } signed && published is null && updated is null)
        {
            ReadDateLinesBeside(text, blocks, signed, header, ref published, ref updated);
        }

        published ??= updated;

        // The credits under the article: in its last blocks, and among the short lines after its last paragraph, all
        // in one round (a page whose junk the boilerplate pass clears round by round would leave some to a second run)
        var footerStart = Math.Max(header, blocks.Length - FooterBlocks);
        while (footerStart > header && !IsLongSentence(blocks[footerStart - 1].Span(text)))
        {
            footerStart--;
        }

        for (var i = footerStart; i < blocks.Length; i++)
        {
            if (!removed[i] && IsEditorFooter(blocks[i].Span(text)))
            {
                removed[i] = true;
                if (authors.Count == 0)
                {
                    authors = ReportersOf(blocks[i].Span(text)); // a wire story's only byline: "(Reporting by Jane Doe; Editing by …)"
                }
            }
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            if (removed[i] && !(i == 0 && datelineEnd > 0))
            {
                edits.Add(BlockEdit.RemoveBlock(document, i, ReasonFor(text, blocks, i, title, header, byline)));
            }
        }

        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (edits.Count == 0 && ReferenceEquals(authors, metadata.Authors) && published == metadata.Published)
        {
            return new BlockPlan(edits, metadata);
        }

        return new BlockPlan(edits, metadata with { Title = title, Authors = authors, Published = published });
    }

    private static string ReasonFor(string text, TextBlock[] blocks, int i, string? title, int header, Byline? byline)
    {
        var span = blocks[i].Span(text);
        if (i >= header && IsEditorFooter(span))
        {
            return EditorReason;
        }

        if (byline is { } found && i >= found.First && i <= found.Last)
        {
            return BylineReason;
        }

        if (title is not null && span.SequenceEqual(title))
        {
            return TitleReason;
        }

        return TryReadByline(span, out _, out _) ? BylineReason : DatelineReason;
    }

    /// <summary>A byline over blocks <paramref name="First"/> to <paramref name="Last"/>, which pages split over lines
    /// ("By" / "Jane Doe" / "Reuters"), and <paramref name="Line"/>, the one line it reads as ("By Jane Doe | Reuters").
    /// <paramref name="Headline"/>: the headline it was read under, over a standfirst; -1 to look right above it.</summary>
    private readonly record struct Byline(int First, int Last, string Line, int Headline = -1)
    {
        public static Byline Of(string text, TextBlock[] blocks, int i) => new(i, i, blocks[i].Span(text).ToString());
    }

    /// <summary>The byline among the first <paramref name="header"/> blocks, null when none: a signed one with
    /// authors ("By Jane Doe", or "By" and the name on lines of their own) before a photographer's ("By Mark Chen,
    /// Staff Photographer"), and either before a name next to a date ("Jane Doe | Sep 12, 2023"), which a headline
    /// with a date in it can look like; last, a name and its outlet right under the headline at the top
    /// (<see cref="UnsignedBylineUnderHeadline"/>).</summary>
    private static Byline? FindByline(string text, TextBlock[] blocks, int header, bool[] removed)
    {
        var unsigned = -1;
        var credit = -1;
        for (var i = 0; i < header; i++)
        {
            var span = blocks[i].Span(text);
            if (removed[i])
            {
                continue;
            }

            if (IsBareBylinePrefix(span) && SplitSignedByline(text, blocks, i, header, removed) is { } split)
            {
                return split;
            }

            if (TryReadByline(span, out var names, out _))
            {
                if (BylinePrefixLength(span) == 0)
                {
                    unsigned = unsigned < 0 ? i : unsigned;
                }
                else if (names.Count > 0)
                {
                    return Byline.Of(text, blocks, i);
                }
                else
                {
                    credit = credit < 0 ? i : credit;
                }
            }
        }

        return credit >= 0 ? Byline.Of(text, blocks, credit)
            : unsigned >= 0 ? Byline.Of(text, blocks, unsigned)
            : UnsignedBylineUnderHeadline(text, blocks, header, removed);
    }

    /// <summary>"By Mark Chen, Staff Photographer": the lead picture's credit, signed like a byline.</summary>
    private static bool IsPhotographerByline(ReadOnlySpan<char> block) =>
        BylinePrefixLength(block) > 0 && TryReadByline(block, out var names, out _) && names.Count == 0;

    /// <summary>The blocks above the first body paragraph: a sentence of some length that ends like one.</summary>
    private static int HeaderLength(string text, TextBlock[] blocks)
    {
        var limit = Math.Min(blocks.Length, MaxHeaderBlocks);
        for (var i = 0; i < limit; i++)
        {
            var span = blocks[i].Span(text);
            if (IsLongSentence(span) && !TryReadByline(span, out _, out _) && !IsDateLine(span, out _))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>Length of a "date 2023-09-12 " prefix (keyword, optional colon, a date, the spaces after).</summary>
    internal static int DatelinePrefixLength(ReadOnlySpan<char> block, out ArticleDate date)
    {
        date = default;
        // Every keyword starts with d, p, u or f: one comparison turns most first lines away.
        if (block.IsEmpty || (char.ToLowerInvariant(block[0]) is not ('d' or 'p' or 'u' or 'f')))
        {
            return 0;
        }

        foreach (var keyword in DatelineKeywords)
        {
            if (!block.StartsWith(keyword, StringComparison.OrdinalIgnoreCase) || block.Length == keyword.Length || char.IsLetter(block[keyword.Length]))
            {
                continue;
            }

            var p = keyword.Length;
            while (p < block.Length && block[p] is ' ' or ':' or '\t')
            {
                p++;
            }

            if (!DateText.TryFind(block[p..], out date, out var start, out var end) || start != 0)
            {
                return 0;
            }

            p += end;
            while (p < block.Length && block[p] is ' ' or '\t' or '|' or '-' or '—' or '–' or ',')
            {
                p++;
            }

            return p;
        }

        return 0;
    }

    /// <summary>"by Elsa Court and The Kyiv Independent news desk October 6, 2023 7:27 PM 1 min read",
    /// "By Jane Doe | Reuters", "Chris Davies - Nov 19, 2019, 10:31 pm CST".</summary>
    internal static bool TryReadByline(ReadOnlySpan<char> block, out IReadOnlyList<string> authors, out ArticleDate? published)
    {
        authors = [];
        published = null;
        if (block.Length > 300 || block.Contains('\n'))
        {
            return false;
        }

        var hasDate = DateText.TryFind(block, out var date, out var dateStart, out var dateEnd);
        var byLength = BylinePrefixLength(block);
        var startsWithBy = byLength > 0;

        if (!hasDate && !startsWithBy)
        {
            return false;
        }

        // A sentence that starts with "By" ("By the end of May, prices rose.") is body text.
        // Its period ends a degree or a suffix ("By Jane Doe, M.D.", "By John Roe Jr.") only in a byline.
        if (!hasDate && ((EndsLikeSentence(block) && !EndsWithNameAbbreviation(block)) || CountWords(block) > 12))
        {
            return false;
        }

        var namesEnd = hasDate ? dateStart : block.Length;
        var names = block[byLength..namesEnd].TrimStart(": ");
        var cut = names.IndexOfAny("|•·—–\n");
        var dash = names.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (cut < 0 || dash < cut))
        {
            cut = dash;
        }

        if (cut >= 0)
        {
            names = names[..cut];
        }

        // "Posted on September 12, 2023 by Jane Doe", "5:45 AM PST 11/19/2019 by Patrick Shanley": the date first,
        // after a label at most, then the signed names.
        if (hasDate && !startsWithBy && CountWords(block[..dateStart]) <= 4 && !EndsLikeSentence(block)
            && block[dateEnd..].TrimStart(" |•·—–-,") is var signed && BylinePrefixLength(signed) > 0
            && !DateText.TryFind(signed, out _, out _, out _))
        {
            var read = TryReadByline(signed, out authors, out _);
            published = read ? date : null;
            return read;
        }

        // "By admin - 2018-09-16": a site's user name signs, and the date is the article's.
        if (hasDate && !startsWithBy && IsUserHandleByline(block[..dateStart]))
        {
            published = date;
            return true;
        }

        var list = SplitNames(names, out var onlyCredits);
        if (!startsWithBy)
        {
            // Without "by", only a short name before the date makes a byline; a date line alone is not one, nor
            // a sentence with a date in it ("Officials met on Sept. 12, 2023.").
            if (list.Count == 0 || CountWords(block[..dateStart]) > 6 || CountWords(block) > 20 || EndsLikeSentence(block)
                || StartsWithDateLabel(block))
            {
                return false; // "Updated: Sat 8:31 PM, Feb 17, 2018" names no one
            }

            if (!IsNameList(list) || list.Exists(name => IsCalendarWord(name)))
            {
                return false; // "Wed 20 Sep 2023" is a date, its weekday no name
            }
        }
        else if ((list.Count == 0 && !onlyCredits) || CountWords(block) > 40)
        {
            return false; // "By Mark Chen, Staff Photographer" signs a picture: a byline with no author
        }
        else if ((block.StartsWith("par ", StringComparison.OrdinalIgnoreCase) || block.StartsWith("por ", StringComparison.OrdinalIgnoreCase))
            && !IsForeignBylineNameList(list))
        {
            return false; // "Par For The Course", "Par Five Hole Closed", "Par Avion", "Por Que No": English headlines
        }

        authors = list;
        published = hasDate ? date : null;
        return true;
    }

    /// <summary>A word that opens or fills a headline and no credit: "By Any Means Necessary", "By All Means", "By
    /// Your Side", "By My Count", "By What Measure". "The" is no such word: "By The Associated Press" credits.</summary>
    private static bool HasHeadlineOnlyWord(ReadOnlySpan<char> part)
    {
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (WordList.Contains((ReadOnlySpan<string>)["any", "all", "every", "my", "your", "our", "their", "his", "her", "its", "how", "why", "what", "this", "that", "these", "those"], word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word is a degree in initials ("M.D.", "Ph.D.") or a name's suffix ("Jr.", "Sr.").</summary>
    private static bool EndsWithNameAbbreviation(ReadOnlySpan<char> block)
    {
        var trimmed = block.TrimEnd(' ');
        var last = trimmed[(trimmed.LastIndexOfAny(' ', ',') + 1)..];
        if (last.Length < 3 || last[^1] != '.')
        {
            return false;
        }

        var word = last[..^1];
        return word is "Jr" or "Sr" || (word.Contains('.') && !word.ContainsAnyExcept(LetterOrDot) && char.IsUpper(word[0]));
    }

    private static readonly uint EnglishStopword = Stopwords.LanguageBit("English");

    /// <summary>The names after French "Par" or Spanish "Por", which also open English headlines: each of two to
    /// four words ("Claire Martin", "Ana García"), none of them an English stopword ("Five Hole Closed", "Que No").</summary>
    private static bool IsForeignBylineNameList(List<string> names)
    {
        if (!IsNameList(names))
        {
            return false;
        }

        Span<char> lower = stackalloc char[Stopwords.MaxWordLength];
        foreach (var name in names)
        {
            var words = 0;
            foreach (var range in name.AsSpan().Split(' '))
            {
                var word = name.AsSpan(range);
                if (word.IsEmpty)
                {
                    continue;
                }

                words++;
                if (NameParticles.Contains(word.ToString()))
                {
                    continue; // "de", "y" are no English words here
                }

                if (word.Length <= Stopwords.MaxWordLength && (Stopwords.Lookup(lower[..word.ToLowerInvariant(lower)]) & EnglishStopword) != 0)
                {
                    return false;
                }
            }

            if (words is < 2 or > 4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The label before a date without the weekday that belongs to the date: "Last modified on Wed" before
    /// "20 Sep 2023".</summary>
    private static ReadOnlySpan<char> WithoutTrailingWeekday(ReadOnlySpan<char> label)
    {
        var trimmed = label.TrimEnd(" ,.");
        var space = trimmed.LastIndexOf(' ');
        return IsCalendarWord(trimmed[(space + 1)..]) ? trimmed[..(space + 1)] : label;
    }

    /// <summary>A weekday's or a month's name, whole or cut short ("Wed", "Sept"): a date's word, no person's.</summary>
    /// <remarks>"May" is left out: it is a name as often.</remarks>
    private static bool IsCalendarWord(ReadOnlySpan<char> word) =>
        WordList.Contains((ReadOnlySpan<string>)["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec"], word.Trim(" .,"));

    private static bool IsNameList(List<string> names)
    {
        foreach (var name in names)
        {
            if (!LooksLikeName(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every word capitalized, but for the particles of names ("Ludwig van Beethoven", "Ana de la
    /// Cruz"): "Jane Doe" but not "The storm hit" or "Posted by admin".</summary>
    private static bool LooksLikeName(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (!word.IsEmpty && ((!char.IsUpper(word[0]) && !NameParticles.Contains(word.ToString())) || IsHeadlineWord(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Length of "By ", "By:", "Written by ", "Author: ", French "Par " or Spanish "Por " before a
    /// capitalized name; 0 when none. German "Von", Italian "Di", Dutch "Door" also open English headlines
    /// ("Von Miller Injured", "Door Prizes Announced"), and a headline read as a byline gives a wrong author:
    /// they are left out.</summary>
    private static int BylinePrefixLength(ReadOnlySpan<char> block)
    {
        // Asked of every block above a page's body: an ASCII first letter turns nearly all of them away, and picks
        // the prefixes worth comparing for the rest.
        var first = block.IsEmpty ? '\0' : block[0];
        if (first < 0x80 && (char)(first | 0x20) is not ('b' or 'w' or 's' or 't' or 'r' or 'p' or 'a' or 'o' or 'c' or 'e' or 'i'))
        {
            return 0;
        }

        foreach (var prefix in (ReadOnlySpan<string>)["by ", "by:", "written by ", "words by ", "story by ", "text by ", "reporting by ", "posted by ", "author:", "authors:", "par ", "por ",
                     "analysis by ", "opinion by ", "commentary by ", "column by ", "essay by ", "review by ", "interview by "])
        {
            if (WordList.FirstMayMatch(block, prefix) && block.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                // "by the end of May" is a sentence; "By:" is a label whatever follows, and "by:" before a name
                // (Nexstar's stations sign "by: Marcus Delgado").
                var name = block[prefix.Length..].TrimStart(' ');
                var named = !name.IsEmpty && char.IsUpper(name[0]);
                var isLabel = prefix == "by:" ? block[0] == 'B' || named : named;
                return isLabel ? prefix.Length : 0;
            }
        }

        return 0;
    }

    /// <summary>The authors among the byline's names; <paramref name="onlyCredits"/> tells a byline that names
    /// only a photographer ("By Mark Chen, Staff Photographer"), which has no author, from no byline at all.</summary>
    private static List<string> SplitNames(ReadOnlySpan<char> names, out bool onlyCredits)
    {
        var list = new List<string>();
        var rest = names;
        var afterComma = false;
        var described = 0; // the first name the next job title describes: "Jane Doe and John Roe, Staff Writers"
        var credited = false;
        var contributing = false; // "…; Editing by John Roe and Mary Smith": names that did not write the story
        while (!rest.IsEmpty)
        {
            var next = NextNameSeparator(rest, out var separatorLength);
            var part = TrimNameEdges(next < 0 ? rest : rest[..next]);
            if (CreditLine.IsAt(part))
            {
                break; // "Story by Jane Doe, photos by Mark Chen": the photographer is no author
            }

            var label = ContributionLabelLength(part, out var wrote);
            if (label > 0)
            {
                contributing = !wrote;
                part = part[label..].TrimStart(' ');
            }

            if (contributing)
            {
                rest = next < 0 ? default : rest[(next + separatorLength)..];
                continue;
            }

            var withRole = WithoutOutletAfterCapitals(WithoutPlace(TrimNotAuthorWords(WithoutGluedOutlet(WithoutHandle(part)))));
            part = WithoutTrailingRole(withRole);

            // "By Jane Doe, City Hall Reporter": after a name and its comma, the words before a job are its beat
            var beatAndJob = afterComma && list.Count > 0 && part.Length < withRole.Length;
            if (part.IsEmpty || (list.Count > 0 && IsCredential(part)))
            {
                // an empty part between separators; a degree or an agency's initials ("MS", "AP")
            }
            else if (list.Count > 0 && IsJobTitle(beatAndJob ? withRole : part, out var credit))
            {
                if (credit)
                {
                    // "Jane Doe and Mark Chen, Staff Photographer" credits the name before it; "…, Staff
                    // Photographers" every name since the last role.
                    var from = part[^1] is 's' or 'S' ? described : list.Count - 1;
                    list.RemoveRange(from, list.Count - from);
                    credited = true;
                }

                described = list.Count;
            }
            else if (list.Count > 0 && IsWireReport(part))
            {
                // the agencies' share: "By Jane Doe, Staff and wire reports"
            }
            else if (afterComma && list.Count > 0 && !IsPersonName(part, endsByline: next < 0 || IsWithAt(rest, next)))
            {
                // the outlet, the place or the role after a name: "CNN Business", "Special to The Post", "Reuters", "New York"
            }
            else
            {
                if (!char.IsUpper(part[0]) || CountWords(part) > 8 || part.ContainsAnyInRange('0', '9') || HasHeadlineOnlyWord(part))
                {
                    onlyCredits = false;
                    return [];
                }

                list.Add(AsWritten(part));
            }

            afterComma = next >= 0 && (rest[next] is ',' or ';' or '/' || IsWithAt(rest, next));
            rest = next < 0 ? default : rest[(next + separatorLength)..];
        }

        onlyCredits = credited && list.Count == 0;
        return list;
    }

    /// <summary>"Jane Doe Staff Writer", "Mary Jane Smith Senior Political Correspondent": a writing job after the name
    /// without a comma. The name keeps two words at least, so "Staff Writer" alone stays what the byline has, as does
    /// an outlet's staff ("JERUSALEM POST STAFF"); a photographer's job is left for the credit it makes.</summary>
    private static ReadOnlySpan<char> WithoutTrailingRole(ReadOnlySpan<char> part)
    {
        if (!IsJobTitle(part, out var credit) || credit)
        {
            return part;
        }

        var name = part[..Math.Max(0, part.LastIndexOf(' '))];
        while (name.LastIndexOf(' ') is > 0 and var space && IsRoleModifier(name[(space + 1)..]))
        {
            name = name[..space];
        }

        // "JERUSALEM POST STAFF" credits the desk: an outlet's staff keeps its job.
        return CountWords(name) >= 2 && !IsRoleModifier(name[(name.LastIndexOf(' ') + 1)..]) && !BylineParts.IsOutletName(name, endsByline: true)
            ? name
            : part;

        static bool IsRoleModifier(ReadOnlySpan<char> word)
        {
            return WordList.Contains((ReadOnlySpan<string>)["staff", "senior", "contributing", "chief", "political", "sports",
                "business", "special", "managing", "deputy", "associate", "executive", "investigative", "national", "foreign",
                "features", "opinion", "science", "health", "technology", "tech", "education", "city", "news", "digital"], word);
        }
    }

    /// <summary>"Jane Doe @janedoe", "Natasha Turak@NatashaTurak", "Jane Doe jdoe@dailystar.com": the name without
    /// the handle or the address after it.</summary>
    private static ReadOnlySpan<char> WithoutHandle(ReadOnlySpan<char> part)
    {
        var at = part.IndexOf('@');
        if (at < 0)
        {
            return part;
        }

        // Glued to the name ("Turak@NatashaTurak") the handle starts at its '@'; an address starts its word ("jdoe@…").
        var wordStart = part[..at].LastIndexOf(' ') + 1;
        var cut = wordStart < at && char.IsUpper(part[wordStart]) ? at : wordStart;
        return part[..cut].TrimEnd(' ');
    }

    /// <summary>"Jonathan GarberFOXBusiness", "Michael HiltzikBusiness Columnist": a scraper glues the outlet or the
    /// role to the name when each had an element of its own. Cut where a small letter meets a capital and the rest is
    /// an outlet or a job; "McDonald", "DeShawn", "MacKenzie" keep their capitals, since "Donald" is neither.</summary>
    private static ReadOnlySpan<char> WithoutGluedOutlet(ReadOnlySpan<char> part)
    {
        for (var p = 1; p < part.Length; p++)
        {
            if (char.IsLower(part[p - 1]) && char.IsUpper(part[p]) && IsOutletOrJob(part[p..]))
            {
                return part[..p];
            }
        }

        return part;

        // The glued word: "Reuters", "Business" (of "Business Columnist"), "Columnist", "FOXBusiness" (an outlet's
        // word after its initials); not "NEIL" of "McNEIL Associated Press".
        static bool IsOutletOrJob(ReadOnlySpan<char> rest)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (IsJobTitle(word, out _) || BylineParts.HasOutletWord(word))
            {
                return true;
            }

            for (var q = 1; q < word.Length; q++)
            {
                if (char.IsUpper(word[q]) && BylineParts.HasOutletWord(word[q..]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>"JANE DOE Associated Press": a name set in capitals, then the outlet in title case, without a
    /// comma between them; the capitals are the name ("JOHN ROE Jr." keeps its suffix).</summary>
    private static ReadOnlySpan<char> WithoutOutletAfterCapitals(ReadOnlySpan<char> part)
    {
        var capitalWords = 0;
        var end = 0;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (IsInCapitals(word))
            {
                capitalWords++;
                end = range.End.GetOffset(part.Length);
                continue;
            }

            var tail = part[range.Start.GetOffset(part.Length)..];
            return capitalWords >= 2 && char.IsUpper(word[0]) && !IsNameSuffix(tail) ? part[..end] : part;
        }

        return part;
    }

    private static bool IsNameSuffix(ReadOnlySpan<char> word) => word.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV";

    /// <summary>Letters in upper case and no lower-case one: "DOE", "J.K.", "GARCÍA-LÓPEZ"; a name's "Mc" keeps
    /// its small letter in capitals too ("DAVID McNEIL").</summary>
    private static bool IsInCapitals(ReadOnlySpan<char> word)
    {
        var upper = false;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLower(word[i]) && !(word[i] == 'c' && IsMcPrefix(word, i - 1)))
            {
                return false;
            }

            upper |= char.IsUpper(word[i]);
        }

        return upper;
    }

    /// <summary>"Mc" at <paramref name="at"/> opens a name whose next letter is a capital again: "McNEIL", "MCKENZIE".</summary>
    private static bool IsMcPrefix(ReadOnlySpan<char> word, int at) =>
        at >= 0 && at + 3 < word.Length && word[at] == 'M' && word[at + 1] is 'c' or 'C' && char.IsUpper(word[at + 2])
        && (at == 0 || word[at - 1] is ' ' or '-');

    /// <summary>A name set in capitals as it is written in a sentence ("JANE DOE" is "Jane Doe",
    /// "MARÍA GARCÍA-LÓPEZ" "María García-López", "JEAN DE LA TOUR" "Jean de la Tour"); any other name as it stands.</summary>
    private static string AsWritten(ReadOnlySpan<char> name)
    {
        var lastSpace = name.LastIndexOf(' ');
        var withoutSuffix = lastSpace > 0 && IsNameSuffix(name[(lastSpace + 1)..]) ? name[..lastSpace] : name;
        if (!IsInCapitals(withoutSuffix) || !withoutSuffix.Contains(' ') || IsJobTitle(name, out _) || BylineParts.IsOutletName(name, endsByline: false))
        {
            return name.ToString(); // an acronym more often than a name: "By NASA", "By AP STAFF", "By BBC NEWS"
        }

        var chars = name.ToArray();
        var wordStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] != ' ')
            {
                continue;
            }

            var word = chars.AsSpan(wordStart, i - wordStart);
            var particle = wordStart > 0 && NameParticles.Contains(new string(word).ToLowerInvariant());
            var initials = word.Contains('.') || !IsInCapitals(word) || IsNameSuffix(word); // "J.K.", "Jr.", "III"
            for (var j = 0; j < word.Length && !initials; j++)
            {
                // the letter after a hyphen, an apostrophe or "Mc" starts a name again: "García-López", "O'Neil", "McNeil"
                var startsName = j == 0 ? !particle : word[j - 1] is '-' or '\'' or '’' || (j >= 2 && IsMcPrefix(word, j - 2));
                word[j] = startsName ? word[j] : char.ToLowerInvariant(word[j]);
            }

            wordStart = i + 1;
        }

        return new string(chars);
    }

    /// <summary>A person's name where the byline may go on with an outlet or a role: two to five words, each
    /// capitalized or a name's particle, none an outlet's word or a headline's, and not an agency's initials
    /// before a word in lower case ("CNN Business").</summary>
    private static bool IsPersonName(ReadOnlySpan<char> part, bool endsByline)
    {
        if (BylineParts.IsOutletName(part, endsByline) || BylineParts.IsDatelinePlace(part))
        {
            return false;
        }

        var words = 0;
        var acronymFirst = false;
        var allCapitals = IsInCapitals(part);
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (words == 0)
            {
                acronymFirst = !word.Contains('.') && word.Length >= 2 && IsInCapitals(word);
            }

            words++;
            if (IsHeadlineWord(word) || (!char.IsUpper(word[0]) && !NameParticles.Contains(word.ToString())))
            {
                return false;
            }
        }

        return words is >= 2 and <= 5 && (allCapitals || !acronymFirst);
    }

    /// <summary>A name without the separators and whitespace around it; any Unicode whitespace, since with
    /// whitespace normalization off a byline can end in a no-break space or NEL.</summary>
    private static ReadOnlySpan<char> TrimNameEdges(ReadOnlySpan<char> part)
    {
        var start = 0;
        while (start < part.Length && IsNameEdge(part[start]))
        {
            start++;
        }

        var end = part.Length;
        while (end > start && IsNameEdge(part[end - 1]))
        {
            end--;
        }

        return part[start..end];

        static bool IsNameEdge(char c) => c is ',' or ';' or ':' or '-' or '–' or '—' || char.IsWhiteSpace(c); // "By Staff Reports -"
    }

    /// <summary>"Senior Reporter", "Staff Writers", "Washington Correspondent": what the names before it do,
    /// not another author. Only after a name: "By Reuters Staff" alone is the credit the article has.
    /// <paramref name="credit"/>: the role takes pictures ("Staff Photographer"), so the names it follows wrote nothing.</summary>
    private static bool IsJobTitle(ReadOnlySpan<char> part, out bool credit)
    {
        var lastSpace = part.LastIndexOf(' ');
        var last = part[(lastSpace + 1)..];
        if (last.Length > 1 && last[^1] is 's' or 'S')
        {
            last = last[..^1]; // "Staff Writers" under two names
        }

        credit = WordList.Contains(CreditRoleWords, last);
        return credit || WordList.Contains(JobTitleWords, last);
    }

    /// <summary>"MS", "RD", "PhD", "BSc": a degree after the name (and an agency's initials, "AP", "CNN",
    /// which are no person either).</summary>
    private static bool IsCredential(ReadOnlySpan<char> part)
    {
        var trimmed = part.TrimEnd('.');
        if (trimmed.Length is < 2 or > 5 || trimmed.ContainsAnyExcept(LetterOrDot))
        {
            return false;
        }

        var upper = 0;
        foreach (var c in trimmed)
        {
            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> LetterOrDot =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.");

    /// <summary>"By admin - ", "by editor |": "by" and one lower-case word, a user name, before the date.</summary>
    private static bool IsUserHandleByline(ReadOnlySpan<char> beforeDate)
    {
        if (!beforeDate.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var handle = beforeDate[3..].TrimEnd(" -|•·—–,:");
        return handle.Length is > 0 and <= 30 && !handle.Contains(' ') && !char.IsUpper(handle[0]) && char.IsLetter(handle[0]);
    }

    /// <summary>Length of the label that credits a part of the work in a wire service's credits ("Reporting by ",
    /// "Additional reporting by ", "Editing by "); <paramref name="wrote"/>: the names after it wrote the story.
    /// 0 when <paramref name="part"/> opens with none.</summary>
    private static int ContributionLabelLength(ReadOnlySpan<char> part, out bool wrote)
    {
        // Every block of a page is asked (IsWireCredits): the first word's length picks the labels worth comparing.
        var firstWord = part.IndexOf(' ');
        if (firstWord < ShortestContributionWord || firstWord > LongestContributionWord)
        {
            wrote = false;
            return 0;
        }

        foreach (var (label, writes) in ContributionLabels)
        {
            if ((uint)firstWord < (uint)label.Length && label[firstWord] == ' ' && WordList.FirstMayMatch(part, label)
                && part.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                wrote = writes;
                return label.Length;
            }
        }

        wrote = false;
        return 0;
    }

    private static readonly (string Label, bool Wrote)[] ContributionLabels =
    [
        ("reporting by ", true), ("writing by ", true), ("written by ", true), ("additional reporting by ", false),
        ("editing by ", false), ("edited by ", false), ("compiled by ", false), ("fact-checking by ", false),
        ("research by ", false), ("graphics by ", false), ("produced by ", false), ("translated by ", false),
    ];

    // A part whose first word is shorter or longer than every label's opens with none (most blocks of a page).
    private static readonly int ShortestContributionWord = FirstWordLength(ContributionLabels, longest: false);
    private static readonly int LongestContributionWord = FirstWordLength(ContributionLabels, longest: true);

    private static int FirstWordLength((string Label, bool Wrote)[] labels, bool longest)
    {
        var length = labels[0].Label.IndexOf(' ');
        foreach (var (label, _) in labels)
        {
            var first = label.IndexOf(' ');
            length = longest ? Math.Max(length, first) : Math.Min(length, first);
        }

        return length;
    }

    /// <summary>"By Jane Doe with AFP", "… with John Roe": what follows is read as after a comma.</summary>
    private const string WithSeparator = " with ";

    private static bool IsWithAt(ReadOnlySpan<char> names, int at) => at >= 0 && names[at..].StartsWith(WithSeparator, StringComparison.Ordinal);

    private static int NextNameSeparator(ReadOnlySpan<char> s, out int length)
    {
        var best = -1;
        length = 0;
        foreach (var separator in (ReadOnlySpan<string>)[",", " and ", " AND ", " & ", ";", " Y ", " und ", " et ", " y ", " e ", " och ", " og ", " en ", WithSeparator, "/"])
        {
            var at = s.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                length = separator.Length;
            }
        }

        return best;
    }

    /// <summary>The name without where and for whom it wrote: "Jane Doe in Washington", "Jane Doe for Daily Mail",
    /// "Jane Doe For Dailymail.com", "Jane Doe (AFP)".</summary>
    private static ReadOnlySpan<char> WithoutPlace(ReadOnlySpan<char> part)
    {
        var paren = part.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            part = part[..paren];
        }

        foreach (var joint in (ReadOnlySpan<string>)[" in ", " for ", " For "])
        {
            var at = part.IndexOf(joint, StringComparison.Ordinal);
            if (at > 0 && at + joint.Length < part.Length && char.IsUpper(part[at + joint.Length]))
            {
                part = part[..at];
            }
        }

        return part;
    }

    /// <summary>"Staff and wire reports", "news services": the agencies' share of the story, in lower case.</summary>
    private static bool IsWireReport(ReadOnlySpan<char> part)
    {
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            var singular = word.Length > 2 && word[^1] is 's' ? word[..^1] : word;
            if (!word.IsEmpty && !BylineParts.HasOutletWord(singular) && !singular.Equals("staff", StringComparison.OrdinalIgnoreCase)
                && !singular.Equals("report", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> TrimNotAuthorWords(ReadOnlySpan<char> part)
    {
        var changed = true;
        while (changed && !part.IsEmpty)
        {
            changed = false;
            var lastSpace = part.LastIndexOf(' ');
            var last = lastSpace < 0 ? part : part[(lastSpace + 1)..];
            if (WordList.Contains(NotAuthorWords, last))
            {
                part = lastSpace < 0 ? default : part[..lastSpace].TrimEnd(" ,");
                changed = true;
            }
        }

        return part;
    }

    /// <summary>A line that holds a date and little else: "Published: October 6, 2023 7:27 PM", or a
    /// first date and an update: "Published Sept. 12, 2023 Updated Sept. 14, 2023", "September 12, 2023 / 10:02 AM /
    /// Updated 2 hours ago" (the first is given).</summary>
    private static bool IsDateLine(ReadOnlySpan<char> block, out ArticleDate date)
    {
        // "Officials met on Sept. 12, 2023." is a sentence of the article; "… at 11:15 a.m." ends on its clock's period
        if (block.Length > (StartsWithDateLabel(block) ? MaxLabelledDateLineLength : MaxDateLineLength) ||
            (EndsLikeSentence(block) && !EndsWithMeridiem(block)) || !DateText.TryFind(block, out date, out var start, out var end))
        {
            date = default;
            return false;
        }

        var rest = block[end..];
        return CountWords(WithoutTrailingWeekday(block[..start])) <= 3
            && (CountWords(rest) <= 3 || (DateText.TryFind(rest, out _, out var restStart, out var restEnd)
                && CountWords(rest[..restStart]) <= 3 && CountWords(rest[restEnd..]) <= 3) || IsRelativeUpdateStamp(rest));
    }

    /// <summary>The longest date line; one that opens with its label ("PUBLISHED: … | UPDATED: …") may hold two dates
    /// with their times in full.</summary>
    private const int MaxDateLineLength = 80;

    private const int MaxLabelledDateLineLength = 120;

    private static bool EndsWithMeridiem(ReadOnlySpan<char> block)
    {
        var trimmed = block.TrimEnd(' ');
        return trimmed.EndsWith("a.m.", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("p.m.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"/ Updated 2 hours ago", "· Updated 5 mins ago": a page's relative stamp of its last edit after the
    /// date it went out.</summary>
    private static bool IsRelativeUpdateStamp(ReadOnlySpan<char> rest)
    {
        // past the clock time, which may stand apart from the date ("September 12, 2023 / 10:02 AM / Updated …")
        var at = rest.IndexOf("updated", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || CountWords(rest[..at]) > MaxTimeWords)
        {
            return false;
        }

        var stamp = rest[at..].TrimEnd(" /|·•-—");
        return (CountWords(stamp, MaxUpdateStampWords + 1) <= MaxUpdateStampWords && stamp.EndsWith(" ago", StringComparison.OrdinalIgnoreCase)) ||
               EditStamp.IsLine(stamp); // "…, at 10:00 am (Paris), updated at 11:47 am"
    }

    /// <summary>"10:02 AM", "10:02 a.m. EDT": the words of a clock time and its zone.</summary>
    private const int MaxTimeWords = 4;

    private const int MaxUpdateStampWords = 5;

    /// <summary>"Published …", "Posted: Fri 6:45 PM, Feb 16, 2018", "Updated …": a date's label, no name.</summary>
    private static bool StartsWithDateLabel(ReadOnlySpan<char> line) =>
        IsUpdateLine(line) || line.StartsWith("published", StringComparison.OrdinalIgnoreCase) || line.StartsWith("posted", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Updated Sept. 14, 2023", "Last updated: …", "Modified …": the date of a later edit.</summary>
    private static bool IsUpdateLine(ReadOnlySpan<char> block)
    {
        var line = block.TrimStart(" |•·");
        foreach (var word in (ReadOnlySpan<string>)["updated", "last updated", "modified", "last modified", "aktualisiert", "mis à jour", "actualizado"])
        {
            if (line.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The block's date is an update's: "Jane Doe | Updated Sept. 14, 2023", "By Jane Doe, last modified …".</summary>
    private static bool IsUpdateDate(ReadOnlySpan<char> block)
    {
        if (!DateText.TryFind(block, out _, out var start, out _))
        {
            return false;
        }

        var label = block[..start].TrimEnd(" :");
        return label.EndsWith("updated", StringComparison.OrdinalIgnoreCase) || label.EndsWith("modified", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The credits under an article: its editor ("Editor : M.L.", "(Editing by John Roe)") and the wire
    /// service's credits (<see cref="IsWireCredits"/>).</summary>
    private static bool IsEditorFooter(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxCreditsLength || block.IsEmpty)
        {
            return false;
        }

        var line = block.TrimStart('(');
        foreach (var prefix in EditorPrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsWireCredits(block);
    }

    private const int MaxCreditsLength = 160;

    /// <summary>A wire story's credits: its reporters and editors ("Reporting by Jane Doe in London; Additional
    /// reporting by …; Editing by …") or who contributed ("The Associated Press contributed to this report.").</summary>
    internal static bool IsWireCredits(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxCreditsLength || block.IsEmpty)
        {
            return false;
        }

        // "Reporting by Jane Doe in London; …", "Additional reporting by John Roe.": a name after the label, not a
        // sentence ("Writing by hand is slower", "Reporting by Reuters showed the firm paid fines.").
        var line = block.TrimStart('(');
        if (ContributionLabelLength(line, out _) is > 0 and var label)
        {
            var names = line[label..].TrimStart(' ');
            var end = NextNameSeparator(names, out _);
            var first = WithoutPlace(TrimNameEdges(end < 0 ? names : names[..end])).TrimEnd(" .)");
            return !first.IsEmpty && char.IsUpper(first[0]) && CountWords(first) <= 5 && LooksLikeName(first);
        }

        // "Jane Doe contributed reporting from New York.": who, the verb, what, and at most where.
        var sentence = line.TrimEnd(" .)");
        var at = sentence.IndexOf(" contributed ", StringComparison.Ordinal);
        if (at <= 0 || CountWords(sentence[..at]) > 8)
        {
            return false;
        }

        var what = sentence[(at + " contributed ".Length)..];
        foreach (var contribution in (ReadOnlySpan<string>)["to this report", "to this story", "to this article", "reporting"])
        {
            if (what.StartsWith(contribution, StringComparison.Ordinal)
                && (what.Length == contribution.Length || what[contribution.Length..].StartsWith(" from ", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reporters a wire service's credits name ("Reporting by Jane Doe in London; Editing by John
    /// Roe" gives Jane Doe); none for an editor's footer.</summary>
    private static IReadOnlyList<string> ReportersOf(ReadOnlySpan<char> footer)
    {
        var credits = footer.Trim(" ().");
        return ContributionLabelLength(credits, out var wrote) > 0 && wrote ? SplitNames(credits, out _) : [];
    }

    /// <summary>A headline: a few words, one line, not ending like a sentence.</summary>
    internal static bool IsHeadline(ReadOnlySpan<char> block)
    {
        var words = CountWords(block);
        return words is >= 2 and <= 30 && !block.Contains('\n') && block[^1] is not ('.' or ',' or ';' or ':');
    }

    /// <summary>A headline written as a sentence or two, as news sites now write them ("The Senate passed the bill.
    /// Here's what happens next."): one line of at most <see cref="MaxHeadlineInSentencesWords"/> words.</summary>
    private static bool IsHeadlineInSentences(ReadOnlySpan<char> block) =>
        !block.Contains('\n') && block[^1] == '.' && CountWords(block, MaxHeadlineInSentencesWords + 1) is >= 3 and <= MaxHeadlineInSentencesWords;

    private const int MaxHeadlineInSentencesWords = 14;

    /// <summary>A standfirst: the sentence or two under a headline that sum the story up ("The central bank paused
    /// its campaign of increases for the second time this year.").</summary>
    private static bool IsStandfirst(ReadOnlySpan<char> block) =>
        EndsLikeSentence(block) && !block.Contains('\n') && CountWords(block, MaxStandfirstWords + 1) is >= MinStandfirstWords and <= MaxStandfirstWords;

    /// <summary>The most words of a standfirst; a longer block is the article's first paragraph.</summary>
    private const int MaxStandfirstWords = 60;

    /// <summary>A sentence of a body paragraph's length: it ends like one and has fifteen words or more. Asked of many
    /// blocks near a page's top: the last character turns most away before the words are counted.</summary>
    private static bool IsLongSentence(ReadOnlySpan<char> block) => EndsLikeSentence(block) && HasWords(block, MinBodySentenceWords);

    private const int MinBodySentenceWords = 15;

    internal static bool EndsLikeSentence(ReadOnlySpan<char> block)
    {
        var trimmed = block.TrimEnd(" \"”’')»]");
        return !trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    internal static int CountWords(ReadOnlySpan<char> s) => CountWords(s, int.MaxValue);

    /// <summary>Whether <paramref name="s"/> has at least <paramref name="words"/> words: counts no further, as
    /// the tests for a paragraph's length run on every block of a page.</summary>
    internal static bool HasWords(ReadOnlySpan<char> s, int words) => CountWords(s, words) >= words;

    private static int CountWords(ReadOnlySpan<char> s, int enough)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++count == enough)
            {
                break;
            }

            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }
}
