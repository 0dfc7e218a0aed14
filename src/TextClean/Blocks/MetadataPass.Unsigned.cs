namespace TextClean.Blocks;

// Bylines without "By" and without a date, told by their shape where a byline stands (right under the headline at
// the top, or under its standfirst), and bylines a scraper split over lines ("By" / "Jane Doe" / "Reuters").
public sealed partial class MetadataPass
{
    /// <summary>"By", "By:", "Written by", "Author:" alone on a line: the name is in an element of its own below.
    /// "Authors" without its colon is a menu's link to the site's writers.</summary>
    private static bool IsBareBylinePrefix(ReadOnlySpan<char> block)
    {
        var line = block.Trim(' ');
        var label = line.TrimEnd(':');
        foreach (var prefix in (ReadOnlySpan<string>)["By", "Written by", "Words by", "Story by", "Author", "Authors"])
        {
            var needsColon = prefix[0] == 'A';
            if (label.Length == prefix.Length && label.Equals(prefix, StringComparison.OrdinalIgnoreCase) && char.IsUpper(label[0]) && (!needsColon || line.EndsWith(':')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A signed byline over lines: "By" at <paramref name="at"/>, the names on the next line, and the outlet
    /// or role on the line after when it is only that ("By" / "Jane Doe" / "Reuters"); null when the next line names
    /// no author.</summary>
    private static Byline? SplitSignedByline(string text, TextBlock[] blocks, int at, int limit, bool[]? removed)
    {
        var names = at + 1;
        if (names >= limit || removed?[names] == true)
        {
            return null;
        }

        // A person's name or an outlet's credit on that line ("Jane Doe", "Jane Doe, Reuters", "The Associated
        // Press"), not a menu's next link ("Podcasts").
        var next = blocks[names].Span(text);
        if (!IsNameLine(next) && !IsNameAndOutletLine(next) && !BylineParts.IsOutletName(next, endsByline: true))
        {
            return null;
        }

        var line = "By " + next.ToString();
        if (!TryReadByline(line, out var authors, out _) || authors.Count == 0)
        {
            return null;
        }

        var outlet = names + 1;
        if (outlet < limit && removed?[outlet] != true && IsOutletLine(blocks[outlet].Span(text)))
        {
            return new Byline(at, outlet, $"{line} | {blocks[outlet].Span(text)}");
        }

        return new Byline(at, names, line);
    }

    /// <summary>
    /// An unsigned byline without a date where bylines stand, on the line right under the headline at the top of the
    /// article: a name and its outlet or role ("Jane Doe | Reuters", "Jane Doe, Reuters", "JANE DOE / AP", "Jane Doe,
    /// Staff Writer"), or the name on its line and the outlet on the next ("Jane Doe" / "Reuters"). Read by shape: two
    /// to four capitalized name words, and after them only an outlet, an agency's initials or a job, so short lines
    /// elsewhere ("Prime Minister | Statement", a teaser's "Latest Updates | Live") are no bylines.
    /// </summary>
    private static Byline? UnsignedBylineUnderHeadline(string text, TextBlock[] blocks, int header, bool[] removed)
    {
        var top = removed.AsSpan(0, Math.Min(header, removed.Length)).IndexOf(false);
        if (top >= 0 && top + 1 < header && IsBreadcrumb(blocks[top].Span(text)) && !removed[top + 1])
        {
            top++; // "Home > Business > Economy" above the headline
        }

        if (top < 0 || top + 1 >= header)
        {
            return null;
        }

        // the page's first line may be a headline in sentences ("I Walked 10,000 Steps a Day for a Year. Here's What
        // Actually Changed."), as over a signed byline
        if (!IsHeadline(blocks[top].Span(text)) && !(top == 0 && IsHeadlineInSentences(blocks[top].Span(text))))
        {
            return UnsignedBylineUnderMenus(text, blocks, top, header, removed);
        }

        // Right under the headline, or under its standfirst ("A subtitle that explains…" / "Jane Doe" / "Sep 12, 2023").
        var found = UnsignedBylineAt(text, blocks, top + 1, header, removed);
        if (found is null && top + 2 < header && CountWords(blocks[top + 1].Span(text)) >= MinStandfirstWords && !IsNameLine(blocks[top + 1].Span(text)))
        {
            found = UnsignedBylineAt(text, blocks, top + 2, header, removed);
        }

        // "Headline" / "Last updated: 12 September 2023" / "Jane Doe": the date line first, then the name alone (the
        // date line goes with the other date lines above the body)
        if (found is null && top + 2 < header && !removed[top + 1] && !removed[top + 2] && IsDateLine(blocks[top + 1].Span(text), out _) &&
            (IsNameLine(blocks[top + 2].Span(text)) || IsNameAndOutletLine(blocks[top + 2].Span(text)))) // or "Jane Doe, Staff Writer"
        {
            found = new Byline(top + 2, top + 2, "By " + blocks[top + 2].Span(text).ToString());
        }

        // "Headline" / "Reuters" / "September 12, 2023": a news agency alone over a date line credits it, as "By
        // Reuters" does (not any outlet-like line: "World News" and "Politics" there are the page's sections)
        if (found is null && top + 2 < header && !removed[top + 1] && !removed[top + 2] &&
            WordList.Contains(NewsAgencies, blocks[top + 1].Span(text).Trim(' ')) && IsDateLine(blocks[top + 2].Span(text), out _))
        {
            found = new Byline(top + 1, top + 1, "By " + blocks[top + 1].Span(text).Trim(' ').ToString());
        }

        return found is { } byline && TryReadByline(byline.Line, out var authors, out _) && authors.Count > 0
            ? byline with { Headline = top }
            : UnsignedBylineUnderMenus(text, blocks, top, header, removed);
    }

    /// <summary>An unsigned story's headline: the top of the page (past a breadcrumb), a headline with nothing but
    /// date lines, and the buttons a page puts beside them, between it and the body ("City council approves budget" /
    /// "Published 2026-11-24T10:00:00Z" / "Share this article" / the first paragraph); -1 when the page has another
    /// shape.</summary>
    private static int HeadlineOverDateLines(string text, TextBlock[] blocks, int header, bool[] removed)
    {
        var top = removed.AsSpan(0, Math.Min(header, removed.Length)).IndexOf(false);
        if (top >= 0 && top + 1 < header && IsBreadcrumb(blocks[top].Span(text)))
        {
            top++;
        }

        if (top < 0 || top + 1 >= header || header >= blocks.Length || !IsLongSentence(blocks[header].Span(text)) ||
            removed[top] || !IsHeadline(blocks[top].Span(text)))
        {
            return -1;
        }

        var dated = false;
        for (var i = top + 1; i < header; i++)
        {
            if (removed[i] || !IsFurniture(blocks[i].Span(text)))
            {
                return -1;
            }

            dated |= IsDateLine(blocks[i].Span(text), out _);
        }

        return dated ? top : -1;
    }

    /// <summary>A page's menus above its headline, all within the header: the headline closest above the body with a
    /// name and a date under it ("Jane Doe" / "Sep 12, 2023 · 4 min read"), and between them and the body only date
    /// lines, a reader's widgets and short buttons ("Share on Facebook", "Copy link"). A name and a date under a
    /// headline higher up, with more than that before the body, is a teaser's.</summary>
    private static Byline? UnsignedBylineUnderMenus(string text, TextBlock[] blocks, int top, int header, bool[] removed)
    {
        // the header ends at the body, not at a lone teaser's sentence: another long sentence follows within two blocks
        if (!((header + 1 < blocks.Length && IsLongSentence(blocks[header + 1].Span(text))) ||
              (header + 2 < blocks.Length && IsLongSentence(blocks[header + 2].Span(text)))))
        {
            return null;
        }

        for (var h = header - 2; h > top; h--)
        {
            if (removed[h] || removed[h + 1])
            {
                continue;
            }

            var headline = blocks[h].Span(text);
            if (IsHeadline(headline) && CountWords(headline) >= MinHeadlineWords && !IsNameLine(headline) &&
                UnsignedBylineAt(text, blocks, h + 1, header, removed) is { } byline && byline.Line.Contains('|') &&
                OnlyFurnitureBetween(text, blocks, byline.Last + 1, header) && TryReadByline(byline.Line, out var authors, out _) &&
                authors.Count > 0)
            {
                return byline with { Headline = h };
            }

            if (!IsFurniture(headline) && !IsNameLine(headline))
            {
                return null; // past the byline's own lines and the buttons under it, something else: no byline here
            }
        }

        return null;
    }

    /// <summary>Whether blocks [<paramref name="from"/>, <paramref name="to"/>) are only date lines, a reader's
    /// widgets and short buttons: nothing of an article between a byline and its body.</summary>
    private static bool OnlyFurnitureBetween(string text, TextBlock[] blocks, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!IsFurniture(blocks[i].Span(text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A date line, a reader's widget or a short button ("Share on Facebook", "Copy link").</summary>
    private static bool IsFurniture(ReadOnlySpan<char> block) =>
        IsDateLine(block, out _) || IsReaderWidget(block) || (CountWords(block) <= MaxButtonWords && !EndsLikeSentence(block));

    /// <summary>The most words of a page's button under a byline: "Share on Facebook", "Copy link", "Listen to this
    /// article".</summary>
    private const int MaxButtonWords = 4;

    /// <summary>The unsigned byline's shapes at block <paramref name="at"/>: a name and its outlet on one line or two,
    /// a name signed with a handle ("Natasha Turak@NatashaTurak"), or a name and, below it past a reader's widgets
    /// ("Follow", "5 min read"), a date line.</summary>
    private static Byline? UnsignedBylineAt(string text, TextBlock[] blocks, int at, int header, bool[] removed)
    {
        if (removed[at])
        {
            return null;
        }

        var span = blocks[at].Span(text);
        if (IsNameAndOutletLine(span))
        {
            return new Byline(at, at, "By " + span.ToString());
        }

        if (!IsNameLine(span))
        {
            return null;
        }

        // On a line of its own the outlet is spelled out: initials there are as often a menu's ("NCAA FB" / "MLB").
        if (at + 1 < header && !removed[at + 1] && IsOutletLine(blocks[at + 1].Span(text)) && !IsCredential(blocks[at + 1].Span(text)))
        {
            return new Byline(at, at + 1, $"By {span} | {blocks[at + 1].Span(text)}");
        }

        // The name over its role: "Sam Blitz" / "Football Reporter @SamBlitz_", "Priya Natarajan" / "Staff Engineer,
        // Developer Productivity"
        if (at + 1 < header && !removed[at + 1] && RoleLine(blocks[at + 1].Span(text)) is { IsEmpty: false } role)
        {
            return new Byline(at, at + 1, $"By {span} | {role}");
        }

        for (var below = at + 1; below < header && below <= at + MaxWidgetsUnderName + 1 && !removed[below]; below++)
        {
            var line = blocks[below].Span(text);
            if (IsDateLine(line, out _))
            {
                // The widgets go with the name; the date line with the other date lines above the body.
                return new Byline(at, below - 1, $"By {span} | {line}");
            }

            if (!IsReaderWidget(line))
            {
                break;
            }
        }

        return span.Contains('@') ? new Byline(at, at, "By " + span.ToString()) : null;
    }

    private const int MaxWidgetsUnderName = 4;

    /// <summary>The role on a line under a name ("Football Reporter" of "Football Reporter @SamBlitz_", "Staff Engineer" of
    /// "Staff Engineer, Developer Productivity", "Health correspondent"): a few words, one of them a job's, before a
    /// comma or the author's handle; empty when the line is no role.</summary>
    private static ReadOnlySpan<char> RoleLine(ReadOnlySpan<char> line)
    {
        var role = line.Trim();
        var handle = role.IndexOf(" @", StringComparison.Ordinal);
        role = handle > 0 ? role[..handle] : role;
        var comma = role.IndexOf(',');
        role = comma > 0 ? role[..comma] : role;
        if (role.IsEmpty || EndsLikeSentence(role) || CountWords(role) > MaxRoleWords || !char.IsUpper(role[0]))
        {
            return [];
        }

        foreach (var word in role.Split(' '))
        {
            var w = role[word];
            if (WordList.Contains(JobTitleWords, w.Length > 1 && w[^1] is 's' or 'S' ? w[..^1] : w) || WordList.Contains(JobTitleWords, w))
            {
                return role;
            }
        }

        return [];
    }

    /// <summary>"Senior Political Correspondent", "Deputy Business Editor": the longest role line read.</summary>
    private const int MaxRoleWords = 4;

    /// <summary>The wire services whose name alone stands as an article's byline.</summary>
    private static readonly string[] NewsAgencies =
        ["reuters", "the associated press", "associated press", "ap", "afp", "agence france-presse", "bloomberg", "bloomberg news",
         "upi", "united press international", "dpa", "efe", "ansa", "xinhua", "kyodo news", "pa media", "press association",
         "anadolu agency", "tass", "interfax", "yonhap", "pti", "ians", "aap", "cp", "the canadian press"];

    /// <summary>Fewer words than a standfirst has: a section's label ("PFT", "Local News").</summary>
    private const int MinStandfirstWords = 5;

    /// <summary>What a blog's or a newsletter's page shows a reader between the author and the date: "Follow",
    /// "Share", "∙ Paid", "5 min read", a count ("12"), a lone dot, the author's handle.</summary>
    private static bool IsReaderWidget(ReadOnlySpan<char> line)
    {
        var label = line.Trim(" ∙·•|");
        if (label.IsEmpty || !label.ContainsAnyExcept(Digits) || IsReadingTimeOrAge(label))
        {
            return true;
        }

        // the author's handle on a line of its own ("@janedoe") goes with the name
        return WordList.Contains((ReadOnlySpan<string>)["follow", "share", "subscribe", "paid", "listen", "save", "comments"], label) ||
               IsHandle(label);
    }

    /// <summary>"@janedoe", "@Jane_Doe": a social handle alone.</summary>
    private static bool IsHandle(ReadOnlySpan<char> label) =>
        label.Length is > 1 and <= MaxHandleLength && label[0] == '@' && !label[1..].ContainsAnyExcept(HandleCharacters);

    private const int MaxHandleLength = 32;

    private static readonly System.Buffers.SearchValues<char> HandleCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.");

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>"5 min read", "3 hours ago", "2 days": how long the story takes or how old it is, beside a byline.</summary>
    private static bool IsReadingTimeOrAge(ReadOnlySpan<char> part)
    {
        var digits = 0;
        while (digits < part.Length && char.IsAsciiDigit(part[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 3)
        {
            return false;
        }

        var unit = part[digits..].TrimStart(' ');
        foreach (var tail in (ReadOnlySpan<string>)[" read", " ago"])
        {
            if (unit.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                unit = unit[..^tail.Length];
            }
        }

        return WordList.Contains((ReadOnlySpan<string>)["min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months"], unit);
    }

    private const string UnsignedSeparators = "|,/·•—–";

    private const string SeparatorsBesidesComma = "|/·•—–";

    /// <summary>"Jane Doe | Reuters", "Jane Doe and John Roe, AP", "JANE DOE / AP": names up to the first separator,
    /// then only outlets, agencies' initials or jobs.</summary>
    private static bool IsNameAndOutletLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 120 || EndsLikeSentence(line))
        {
            return false;
        }

        var separator = line.IndexOfAny(UnsignedSeparators);
        var dash = line.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (separator < 0 || dash < separator))
        {
            separator = dash;
        }

        return separator > 0 && IsNameLine(line[..separator]) && IsOutletLine(line[(separator + 1)..]);
    }

    /// <summary>A line of names alone: "Jane Doe", "JANE DOE and JOHN ROE", "Jane Doe, Tom Smith and Ana Ruiz", each two
    /// to four words of a person (<see cref="IsPersonName"/>) and no office ("Prime Minister", "Press Secretary").
    /// A comma only separates names in a list that ends on "and" or "&amp;": "Jane Doe, Reuters" names an outlet.</summary>
    private static bool IsNameLine(ReadOnlySpan<char> line)
    {
        line = WithoutPlace(WithoutHandle(line).Trim(' ')).Trim(' ');
        var lastComma = line.LastIndexOf(',');
        var listOfNames = lastComma >= 0 &&
                          Math.Max(line.LastIndexOf(" and ", StringComparison.Ordinal), line.LastIndexOf(" & ", StringComparison.Ordinal)) > lastComma;
        var separators = line.IndexOfAny(listOfNames ? SeparatorsBesidesComma : UnsignedSeparators);
        if (line.IsEmpty || line.Length > 80 || line.ContainsAnyInRange('0', '9') || separators >= 0)
        {
            return false;
        }

        var rest = line;
        while (!rest.IsEmpty)
        {
            var next = NextNameSeparator(rest, out var length);
            var name = TrimNameEdges(next < 0 ? rest : rest[..next]);
            if (!IsPersonName(name, endsByline: false) || CountWords(name) > 4 || HasOfficeWord(name) || HasPageSectionWord(name))
            {
                return false;
            }

            rest = next < 0 ? default : rest[(next + length)..];
        }

        return true;
    }

    /// <summary>Only outlets, agencies' initials and writing jobs, between separators: "Reuters", "The Washington
    /// Post", "AP", "Senior Reporter | CNN". A photographer's credit is no byline of a writer.</summary>
    private static bool IsOutletLine(ReadOnlySpan<char> line)
    {
        line = line.Trim(' ');
        if (line.IsEmpty || line.Length > 80 || CountWords(line) > 8 || EndsLikeSentence(line))
        {
            return false;
        }

        var parts = 0;
        foreach (var range in line.SplitAny(UnsignedSeparators))
        {
            var part = line[range].Trim(' ');
            if (part.IsEmpty)
            {
                continue;
            }

            parts++;
            if (part.ContainsAnyInRange('0', '9'))
            {
                if (!IsReadingTimeOrAge(part))
                {
                    return false; // a date goes with the dated bylines
                }

                continue;
            }

            var role = IsJobTitle(part, out var credit);
            if (credit || !(role || BylineParts.IsOutletName(part, endsByline: true) || IsCredential(part)))
            {
                return false;
            }
        }

        return parts > 0;
    }

    /// <summary>Words of a page's sections and widgets, which are capitalized like names: "Key Points", "Live Updates",
    /// "Top Stories", "Photo Gallery", "Related Coverage".</summary>
    private static bool HasPageSectionWord(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            if (WordList.Contains((ReadOnlySpan<string>)["key", "points", "live", "updates", "latest", "top", "stories", "related",
                "more", "photo", "photos", "gallery", "video", "videos", "watch", "listen", "share", "comments", "highlights",
                "summary", "advertisement", "sponsored", "opinion", "analysis", "editorial", "breaking", "exclusive", "featured",
                "trending", "popular", "recommended", "coverage", "newsletter", "podcast", "podcasts", "subscribe", "contents"], name[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of an office, not a name: "Prime Minister", "White House Press Secretary", "Mayor Adams".</summary>
    private static bool HasOfficeWord(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            if (WordList.Contains((ReadOnlySpan<string>)["minister", "president", "secretary", "senator", "governor", "mayor",
                "chancellor", "prime", "office", "ministry", "department", "government", "committee", "house", "statement"], name[range]))
            {
                return true;
            }
        }

        return false;
    }
}
