namespace TextClean.Blocks;

// A web page whose menus run longer than the header: the byline closest above the body, the headline above it and
// the date lines beside it give the article's metadata, and all stay in the text for the boilerplate pass.
public sealed partial class MetadataPass
{
    /// <summary>
    /// The signed byline with authors ("By Jane Doe", "By" and the name on lines of their own, or a name and its
    /// handle, "Natasha Turak@NatashaTurak") closest above the body, among the blocks after the header and up to
    /// <see cref="MaxPageBlocks"/>: above the first long sentence that another follows within two blocks, else above
    /// the first long sentence; null when there is none or no sentence follows. Without a signed one, a name and a
    /// date under a headline, a few blocks above the body: lines of a name and a date are common in a page's teasers.
    /// </summary>
    private static Byline? PageBylineBelowHeader(string text, TextBlock[] blocks, int header)
    {
        var limit = Math.Min(blocks.Length, MaxPageBlocks);
        Byline? found = null;
        Byline? aboveFirstSentence = null;
        var sentenceSeen = false;
        var unsigned = -1;
        for (var i = header; i < limit; i++)
        {
            var span = blocks[i].Span(text);
            var signed = BylinePrefixLength(span) > 0;
            if (signed && TryReadByline(span, out var names, out _))
            {
                found = names.Count > 0 ? Byline.Of(text, blocks, i) : found;
            }
            else if (!signed && i > header && TryReadByline(span, out names, out _) && names.Count > 0
                && IsHeadline(blocks[i - 1].Span(text)) && CountWords(blocks[i - 1].Span(text)) >= MinHeadlineWords)
            {
                unsigned = i; // "Chris Davies - Nov 19, 2019, 10:31 pm CST" under its headline: the article's if the body follows
            }
            else if (span.Contains('@') && IsNameLine(span))
            {
                found = new Byline(i, i, "By " + span.ToString()); // "Natasha Turak@NatashaTurak": the handle signs it
            }
            else if (IsBareBylinePrefix(span) && SplitSignedByline(text, blocks, i, limit, removed: null) is { } split)
            {
                found = split;
                i = split.Last;
            }
            else if (IsLongSentence(span))
            {
                if (!sentenceSeen)
                {
                    aboveFirstSentence = found;
                    sentenceSeen = true;
                }

                // The body is paragraphs in a row; one long sentence alone is a cookie notice, a standfirst or a
                // caption, and the byline is often below it ("CHINA has sent troops…" / "By Laura Mowat" / the body).
                if ((i + 1 < limit && IsLongSentence(blocks[i + 1].Span(text)))
                    || (i + 2 < limit && IsLongSentence(blocks[i + 2].Span(text)) && !IsSigned(blocks[i + 1].Span(text))))
                {
                    // A name and a date without "By" are a teaser's as often, so only right above the body.
                    return found ?? (unsigned >= 0 && i - unsigned <= MaxBlocksFromUnsignedBylineToBody ? Byline.Of(text, blocks, unsigned) : null);
                }
            }
        }

        return aboveFirstSentence;

        static bool IsSigned(ReadOnlySpan<char> block) => BylinePrefixLength(block) > 0 || IsBareBylinePrefix(block);
    }

    private const int MaxBlocksFromUnsignedBylineToBody = 3;

    /// <summary>
    /// The date lines a page prints beside its byline ("Nov. 19, 2019 8:03 am ET", "UPDATED: Tue., Nov. 19, 2019"):
    /// up to <see cref="MaxBlocksFromDateLineToByline"/> blocks below it, before the body, and above it, below the
    /// headline. The first publication wins over an update, as in the header.
    /// </summary>
    private static void ReadDateLinesBeside(string text, TextBlock[] blocks, Byline byline, int header, ref ArticleDate? published, ref ArticleDate? updated)
    {
        for (var i = byline.Last + 1; i < blocks.Length && i <= byline.Last + MaxBlocksFromDateLineToByline; i++)
        {
            var span = blocks[i].Span(text);
            if (IsLongSentence(span))
            {
                break; // the body
            }

            ReadDateLine(span, ref published, ref updated);
        }

        for (var i = byline.First - 1; i >= header && i >= byline.First - MaxBlocksFromDateLineToByline; i--)
        {
            var span = blocks[i].Span(text);
            var words = CountWords(span);
            if (!ReadDateLine(span, ref published, ref updated) && IsHeadline(span) && words >= MinHeadlineWords
                && !IsCreditedCaption(span) && !IsPictureCredit(span, words))
            {
                break; // the headline: what is above it is the page's
            }
        }

        static bool ReadDateLine(ReadOnlySpan<char> span, ref ArticleDate? published, ref ArticleDate? updated)
        {
            if (!IsDateLine(span, out var date))
            {
                return false;
            }

            if (IsUpdateLine(span))
            {
                updated ??= date;
            }
            else
            {
                published ??= date;
            }

            return true;
        }
    }

    private const int MaxBlocksFromDateLineToByline = 4;

    /// <summary>
    /// The headline above a page's byline, over what pages put between them: a standfirst (a sentence, or a long line
    /// without its period) and the lead picture's caption, at most two of them; the picture's credit ("Alex Wong |
    /// Getty Images", "© REUTERS / POOL"); date stamps ("Updated Nov 19, 9:41 AM;Posted Nov 18"); labels of one or two
    /// words ("Share", "0", "Columnists"), which end the search above a standfirst. Null unless a headline is met first: a teaser's title has its own byline under
    /// it, not this one, and a line of names is a credit.
    /// </summary>
    private static string? HeadlineAbovePageByline(string text, TextBlock[] blocks, int byline)
    {
        var standfirsts = 0;
        // Into the header too: a standfirst of fifteen words or more ends the header, and the headline is above it
        // ("Fed Holds Rates Steady" / "The central bank left its key rate unchanged but …" / "By Jane Doe").
        for (var i = byline - 1; i >= 0 && i >= byline - MaxLinesAboveByline; i--)
        {
            var span = blocks[i].Span(text);
            if (IsPictureLabel(span) || (i > 0 && IsPictureLabel(blocks[i - 1].Span(text))))
            {
                continue; // BBC's "Image source, Getty Images" / "Image caption," and the caption under its label
            }

            var words = CountWords(span);
            if ((EndsLikeSentence(span) && words >= 8) || words > MaxHeadlineWords || IsCreditedCaption(span))
            {
                if (++standfirsts > 2)
                {
                    return null;
                }
            }
            else if (words < MinHeadlineWords && standfirsts > 0)
            {
                return null; // the headline sits right above its standfirst; a label there is the menu's
            }
            else if (words >= MinHeadlineWords && !IsPictureCredit(span, words) && !CreditLine.IsAt(span) && !IsStampOrWidget(span)
                && !IsPhotographerByline(span) && !TryReadByline(span, out _, out _))
            {
                var opensLikeHeadline = char.IsLetterOrDigit(span[0]) || span[0] is '"' or '“' or '‘' or '\'';
                return opensLikeHeadline && IsHeadline(span) && !IsNameAndOutletLine(span) ? span.ToString() : null;
            }
        }

        return null;
    }

    /// <summary>A label a page prints over a picture's caption or credit, as BBC pages do: "Image caption,", "Media
    /// caption", "Image source, Getty Images".</summary>
    private static bool IsPictureLabel(ReadOnlySpan<char> line)
    {
        var label = line.Trim().TrimEnd(",:");
        return label.Equals("Image caption", StringComparison.OrdinalIgnoreCase) || label.Equals("Media caption", StringComparison.OrdinalIgnoreCase) ||
               label.StartsWith("Image source", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Alex Wong | Getty Images", "© REUTERS / POOL": a few words about a separator, or a copyright. A
    /// longer line with a separator is a headline as often ("Dare to Play 3 / October pack").</summary>
    private static bool IsPictureCredit(ReadOnlySpan<char> line, int words) =>
        line.Contains('©') || (words <= 4 && line.IndexOfAny("|/") >= 0) || IsBreadcrumb(line);

    /// <summary>"BLOG > Nutrition > Meal Plans", "Home » News": the page's place in the site, not its headline.</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> line) => line.IndexOfAny('>', '»') >= 0;

    /// <summary>"Materials from the campaign. (onmeth.com)": a caption, its credit in parentheses after its period.</summary>
    private static bool IsCreditedCaption(ReadOnlySpan<char> line)
    {
        var open = line.LastIndexOf('(');
        return line[^1] == ')' && open > 0 && EndsLikeSentence(line[..open].TrimEnd(' '));
    }

    /// <summary>A date or time stamp ("Nov. 19, 2019", "Updated Nov 19, 9:41 AM", "21:17 18.11.2019") or a widget's
    /// exclamation ("URLCopied!", "Pants on Fire!"): no headline, whatever its words.</summary>
    private static bool IsStampOrWidget(ReadOnlySpan<char> line)
    {
        var stamp = DateText.TryFind(line, out _, out _, out _) || StartsWithDateLabel(line) || (char.IsAsciiDigit(line[0]) && line.Contains(':'));
        return stamp || (line[^1] == '!' && CountWords(line) < 5);
    }

    /// <summary>Fewer words than a page's headline has: a menu's label ("Local News", "Columnists").</summary>
    private const int MinHeadlineWords = 3;

    /// <summary>More words than a page's headline has: a standfirst without its period.</summary>
    private const int MaxHeadlineWords = 16;

    private const int MaxLinesAboveByline = 8;
}
