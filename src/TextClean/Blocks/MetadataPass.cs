namespace TextClean.Blocks;

/// <summary>
/// Takes the article's metadata out of the body: the headline before a byline (<see cref="ArticleMetadata.Title"/>),
/// the byline's authors and date, a dateline glued to the first line ("date 2023-09-12 The leader…"), a
/// date line above the body, and editor footers ("Editor : M.L."; an editor is not an author).
/// It only looks above the first body paragraph (and at the last lines for footers), and a title needs a
/// byline right after it, so a second run over its output finds nothing more: the first body paragraph is
/// never taken for a title.
/// </summary>
public sealed class MetadataPass : BlockPass
{
    public const string TitleReason = "title";
    public const string BylineReason = "byline";
    public const string DatelineReason = "dateline";
    public const string EditorReason = "editor";

    private const int MaxHeaderBlocks = 12;
    private const int FooterBlocks = 3;

    private static readonly string[] DatelineKeywords = ["date", "published on", "published", "posted on", "posted", "updated on", "updated", "first published"];
    private static readonly string[] EditorPrefixes = ["editor:", "editors:", "edited by ", "editing by ", "editor :", "(editing by ", "(reporting by "];
    private static readonly string[] NotAuthorWords = ["published", "updated", "posted", "on", "at", "and", "last",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public override string Name => "metadata";

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

        // A dateline glued to the first line: "date 2023-09-12 The leader of…".
        var datelineEnd = DatelinePrefixLength(blocks[0].Span(text), out var dateline);
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

        for (var i = 0; i < header; i++)
        {
            if (removed[i] || !TryReadByline(blocks[i].Span(text), out var names, out var date))
            {
                continue;
            }

            removed[i] = true;
            if (names.Count > 0 && authors.Count == 0)
            {
                authors = names;
            }

            published ??= date;
            if (i > 0 && !removed[i - 1] && title is null && IsHeadline(blocks[i - 1].Span(text)))
            {
                removed[i - 1] = true;
                title = blocks[i - 1].Span(text).ToString();
            }

            break;
        }

        // Lines that are only a date above the body ("Published October 6, 2023"): all of them go, so a
        // second run finds none; the first gives the date.
        for (var i = 0; i < header; i++)
        {
            if (!removed[i] && IsDateLine(blocks[i].Span(text), out var date))
            {
                removed[i] = true;
                published ??= date;
            }
        }

        for (var i = Math.Max(header, blocks.Length - FooterBlocks); i < blocks.Length; i++)
        {
            if (!removed[i] && IsEditorFooter(blocks[i].Span(text)))
            {
                removed[i] = true;
            }
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            if (removed[i] && !(i == 0 && datelineEnd > 0))
            {
                edits.Add(BlockEdit.RemoveBlock(document, i, ReasonFor(text, blocks, i, title, header)));
            }
        }

        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (edits.Count == 0)
        {
            return new BlockPlan(edits, metadata);
        }

        return new BlockPlan(edits, metadata with { Title = title, Authors = authors, Published = published });
    }

    private static string ReasonFor(string text, TextBlock[] blocks, int i, string? title, int header)
    {
        var span = blocks[i].Span(text);
        if (i >= header && IsEditorFooter(span))
        {
            return EditorReason;
        }

        if (title is not null && span.SequenceEqual(title))
        {
            return TitleReason;
        }

        return TryReadByline(span, out _, out _) ? BylineReason : DatelineReason;
    }

    /// <summary>The blocks above the first body paragraph: a sentence of some length that ends like one.</summary>
    private static int HeaderLength(string text, TextBlock[] blocks)
    {
        var limit = Math.Min(blocks.Length, MaxHeaderBlocks);
        for (var i = 0; i < limit; i++)
        {
            var span = blocks[i].Span(text);
            if (CountWords(span) >= 15 && EndsLikeSentence(span) && !TryReadByline(span, out _, out _))
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

        var hasDate = DateText.TryFind(block, out var date, out var dateStart, out _);
        var startsWithBy = block.Length > 3 && block[..3].Equals("by ", StringComparison.OrdinalIgnoreCase) && char.IsUpper(block[3]);
        if (!startsWithBy && block.StartsWith("By:", StringComparison.Ordinal))
        {
            startsWithBy = true;
        }

        if (!hasDate && !startsWithBy)
        {
            return false;
        }

        // A sentence that starts with "By" ("By the end of May, prices rose.") is body text.
        if (!hasDate && (EndsLikeSentence(block) || CountWords(block) > 12))
        {
            return false;
        }

        var namesEnd = hasDate ? dateStart : block.Length;
        var names = block[(startsWithBy ? 3 : 0)..namesEnd].TrimStart(": ");
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

        var list = SplitNames(names);
        if (!startsWithBy)
        {
            // Without "by", only a short name before the date makes a byline; a date line alone is not one.
            if (list.Count == 0 || CountWords(block[..dateStart]) > 6 || CountWords(block) > 20)
            {
                return false;
            }
        }
        else if (list.Count == 0 || CountWords(block) > 40)
        {
            return false;
        }

        authors = list;
        published = hasDate ? date : null;
        return true;
    }

    private static List<string> SplitNames(ReadOnlySpan<char> names)
    {
        var list = new List<string>();
        var rest = names;
        while (!rest.IsEmpty)
        {
            var next = NextNameSeparator(rest, out var separatorLength);
            var part = TrimNameEdges(next < 0 ? rest : rest[..next]);
            part = TrimNotAuthorWords(part);
            if (!part.IsEmpty)
            {
                if (!char.IsUpper(part[0]) || CountWords(part) > 8 || part.ContainsAnyInRange('0', '9'))
                {
                    return [];
                }

                list.Add(part.ToString());
            }

            rest = next < 0 ? default : rest[(next + separatorLength)..];
        }

        return list;
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

        static bool IsNameEdge(char c) => c is ',' or ';' or ':' || char.IsWhiteSpace(c);
    }

    private static int NextNameSeparator(ReadOnlySpan<char> s, out int length)
    {
        var best = -1;
        length = 0;
        foreach (var separator in (ReadOnlySpan<string>)[",", " and ", " & ", ";"])
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

    private static ReadOnlySpan<char> TrimNotAuthorWords(ReadOnlySpan<char> part)
    {
        var changed = true;
        while (changed && !part.IsEmpty)
        {
            changed = false;
            var lastSpace = part.LastIndexOf(' ');
            var last = lastSpace < 0 ? part : part[(lastSpace + 1)..];
            foreach (var word in NotAuthorWords)
            {
                if (last.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    part = lastSpace < 0 ? default : part[..lastSpace].TrimEnd(" ,");
                    changed = true;
                    break;
                }
            }
        }

        return part;
    }

    /// <summary>A line that holds a date and little else: "Published: October 6, 2023 7:27 PM".</summary>
    private static bool IsDateLine(ReadOnlySpan<char> block, out ArticleDate date)
    {
        if (block.Length > 80 || !DateText.TryFind(block, out date, out var start, out var end))
        {
            date = default;
            return false;
        }

        return CountWords(block[..start]) <= 3 && CountWords(block[end..]) <= 3;
    }

    private static bool IsEditorFooter(ReadOnlySpan<char> block)
    {
        // Every prefix starts with 'e' or '(': one comparison turns most lines away.
        if (block.Length > 120 || block.IsEmpty || (block[0] is not ('e' or 'E' or '(')))
        {
            return false;
        }

        foreach (var prefix in EditorPrefixes)
        {
            if (block.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A headline: a few words, one line, not ending like a sentence.</summary>
    internal static bool IsHeadline(ReadOnlySpan<char> block)
    {
        var words = CountWords(block);
        return words is >= 2 and <= 30 && !block.Contains('\n') && block[^1] is not ('.' or ',' or ';' or ':');
    }

    internal static bool EndsLikeSentence(ReadOnlySpan<char> block)
    {
        var trimmed = block.TrimEnd(" \"”’')»]");
        return !trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    internal static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }
}
