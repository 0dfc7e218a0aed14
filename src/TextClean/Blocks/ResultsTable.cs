namespace TextClean.Blocks;

/// <summary>
/// The rows of a ranked table under a sports story or a poll ("1. Verstappen 1:32:05.2", "2. Perez +12.3s",
/// "1 Kyle Busch 5040 5 1 17 27"): a rank, a name, and figures to the end of the line. To the reader they are
/// the story's results, not furniture, though every row is short and nearly without stopwords. A numbered
/// list of headlines ("1. Fed raises rates again as inflation lingers") reads as words and is no row.
/// A schedule is such a table too, its rows dated instead of ranked and in the calendar's order: a tour's dates
/// ("June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre"), a season's fixtures, a timeline.
/// The same rows make the page's widgets too: a price ticker ("1. AAPL 189.23 +1.2%") or a league's standings
/// under a widget's title ("Standings"). Those are the article's only when it introduces them ("The top
/// movers:"), so a table's heading (<see cref="HeadingOf"/>) and its quotes (<see cref="IsQuote"/>) are told apart.
/// </summary>
internal static class ResultsTable
{
    /// <summary>What a short line above a table's rows says about the table.</summary>
    public enum Heading : byte
    {
        /// <summary>No heading: a sentence, a credit, anything longer than a title.</summary>
        None,

        /// <summary>The columns' labels, the rank's first: "Pos. Driver Time", "Pos Team P W D L Pts".</summary>
        Columns,

        /// <summary>The article introduces the table: "Results:", "The top finishers:".</summary>
        Introduction,

        /// <summary>A title of the table's own: "Final results", "Top 10".</summary>
        Title,

        /// <summary>A page widget's title: "Standings", "League table", "Markets", "Top movers".</summary>
        Widget,
    }

    private static readonly string[] RankColumns = ["pos", "pos.", "position", "rank", "rk", "no.", "#", "pl", "pl.", "place"];

    /// <summary>Words that title a page's widget rather than a story's table; a list of the widgets sites
    /// carry, as no shape tells "Standings" from "Results".</summary>
    private static readonly string[] WidgetWords =
        ["standings", "table", "tables", "markets", "market", "movers", "gainers", "losers", "leaderboard", "tickers",
         "indices", "indexes", "stocks", "quotes", "watchlist", "currencies", "commodities", "events", "upcoming", "calendar"];

    private const int MaxHeadingWords = 6;
    private const int MaxHeadingLength = 80;

    /// <summary>How <paramref name="block"/> heads the rows after it.</summary>
    public static Heading HeadingOf(ReadOnlySpan<char> block)
    {
        var line = block.Trim(' ');
        if (line.IsEmpty || line.Length > MaxHeadingLength)
        {
            return Heading.None;
        }

        if (line[^1] == ':')
        {
            return Heading.Introduction;
        }

        var firstEnd = line.IndexOfAny(' ', '\t');
        if (WordList.Contains(RankColumns, firstEnd < 0 ? line : line[..firstEnd]))
        {
            return Heading.Columns;
        }

        // A title is a few capitalized words, not a sentence or a credit: most short blocks stop here.
        if (!char.IsUpper(line[0]) || line.ContainsAny("();|") || line[^1] is '.' or '!' or '?')
        {
            return Heading.None;
        }

        var words = 0;
        var widget = false;
        foreach (var range in line.SplitAny(' ', '\t'))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxHeadingWords)
            {
                return Heading.None;
            }

            widget |= WordList.Contains(WidgetWords, word);
        }

        return widget ? Heading.Widget : Heading.Title;
    }

    /// <summary>A row that quotes a price: its change last, signed, in per cent ("AAPL 189.23 +1.2%",
    /// "Dow 37,592.98 ▲0.4%") or after a price ("MSFT 402.10 -1.65"). A golfer's "-12" after "272" is a score.</summary>
    public static bool IsQuote(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxRowLength)
        {
            return false;
        }

        var line = block.TrimEnd(" )");
        var lastSpace = line.LastIndexOfAny(' ', '\t');
        if (lastSpace <= 0)
        {
            return false;
        }

        var change = line[(lastSpace + 1)..].TrimStart('(');
        if (change.Length < 2 || change[0] is not ('+' or '-' or '−' or '▲' or '▼') || !change.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        if (change[^1] == '%')
        {
            return true;
        }

        var before = line[..lastSpace].TrimEnd(' ');
        var price = before[(before.LastIndexOfAny(' ', '\t') + 1)..];
        return change.Contains('.') && price.Contains('.') && char.IsAsciiDigit(price[^1]);
    }

    /// <summary>The blocks before this index may head a table (<see cref="HeadingOf"/>): those with at least
    /// <see cref="MinRows"/> rows after them; 0 when the page has fewer rows.</summary>
    public static int HeadingsEnd(ReadOnlySpan<TableLine> lines)
    {
        var rows = 0;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (lines[i].IsRow && ++rows == MinRows)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>A table has at least this many rows in a row, ranked one after another.</summary>
    public const int MinRows = 3;

    private const int MaxRowLength = 160;
    private const int MaxRowWords = 16;
    private const int MaxRank = 999;

    /// <summary>The rank of a table row ("12. Sainz +20.9s" is 12), 0 when <paramref name="block"/> is none.</summary>
    public static int RankOf(ReadOnlySpan<char> block)
    {
        // A row starts with its rank: one comparison turns most blocks away.
        if (block.IsEmpty || block.Length > MaxRowLength || !char.IsAsciiDigit(block[0]))
        {
            return 0;
        }

        var p = 0;
        var rank = 0;
        while (p < block.Length && char.IsAsciiDigit(block[p]) && rank <= MaxRank)
        {
            rank = (rank * 10) + block[p++] - '0';
        }

        if (p < block.Length && block[p] is '.' or ')')
        {
            p++;
        }

        if (rank is 0 or > MaxRank || p >= block.Length || block[p] is not (' ' or '\t'))
        {
            return 0;
        }

        // A name first, then figures: the last word has a digit ("1:32:05.2", "+12.3s", "27") or is a status
        // in capitals ("DNF"); words in lower case are units at most ("+1 lap"), never a sentence's words.
        var words = 0;
        var lowerWords = 0;
        var named = false;
        var lastHasDigit = false;
        var lastInCapitals = false;
        var lastIsUnit = false;
        foreach (var range in block[p..].SplitAny(' ', '\t'))
        {
            var word = block[p..][range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            named |= char.IsUpper(word[0]);
            lowerWords += char.IsLower(word[0]) ? 1 : 0;
            lastIsUnit = lastHasDigit && char.IsLower(word[0]); // "+1 lap", "25 pts"
            lastHasDigit = word.ContainsAnyInRange('0', '9');
            lastInCapitals = word.Length is >= 2 and <= 4 && !word.ContainsAnyExceptInRange('A', 'Z');
        }

        return named && words is >= 2 and <= MaxRowWords && lowerWords <= 1 && (lastHasDigit || lastInCapitals || lastIsUnit) ? rank : 0;
    }

    /// <summary>The day a schedule's row starts with, as month * 32 + day ("June 9 – West Palm Beach, FL" is 6 * 32 + 9);
    /// 0 when <paramref name="block"/> is none. After the day: a separator or not, then what happens that day, a
    /// place, a name or a time, in at most <see cref="MaxRowWords"/> words. A year after the day makes it a dated
    /// link or a time stamp ("Nov. 18, 2019 – Fed raises rates"), no schedule's row.</summary>
    public static int ScheduleDayOf(ReadOnlySpan<char> block)
    {
        // A row is short and its day comes first: most blocks are turned away by their length or by a scan of
        // their first characters for the day's digits.
        if (block.IsEmpty || block.Length > MaxRowLength || !block[..Math.Min(block.Length, MaxDayPrefix)].ContainsAnyInRange('0', '9')
            || !DateText.TryReadLeadingDay(block, out var month, out var day, out var end))
        {
            return 0;
        }

        var rest = block[end..].TrimStart(' ');
        if (!rest.IsEmpty && rest[0] is '–' or '—' or '-' or ':' or '|' or '@' or ',' or '•')
        {
            rest = rest[1..].TrimStart(' ');
        }

        if (rest.IsEmpty || !char.IsLetterOrDigit(rest[0]) || (rest.Length >= 4 && !rest[..4].ContainsAnyExceptInRange('0', '9')))
        {
            return 0;
        }

        var words = 0;
        foreach (var range in rest.SplitAny(' ', '\t'))
        {
            words += rest[range].IsEmpty ? 0 : 1;
        }

        return words <= MaxRowWords ? (month * 32) + day : 0;
    }

    /// <summary>A schedule's row has its day within its first characters ("Saturday, September 12").</summary>
    private const int MaxDayPrefix = 24;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> in one table: for ranked rows
    /// the next place or a tie, for a schedule's the same day or a later one (into January after a year's last months).</summary>
    public static bool Follows(TableLine previous, TableLine next) =>
        previous.Rank > 0 && next.Rank > 0 ? next.Rank == previous.Rank + 1 || next.Rank == previous.Rank :
        previous.Day > 0 && next.Day > 0 && (next.Day >= previous.Day || (previous.Day >= 10 * 32 && next.Day < 4 * 32));
}

/// <summary>A block as a line of a results table (<see cref="ResultsTable"/>): a row's rank, 0 for no ranked row;
/// whether it quotes a price, a row or not ("AAPL 189.23 +1.2%"); how it heads rows after it, when it is no row; a
/// schedule's row's day (<see cref="ResultsTable.ScheduleDayOf"/>), 0 for none.</summary>
internal readonly record struct TableLine(int Rank, bool Quote, ResultsTable.Heading Heading, int Day)
{
    /// <summary>A row of a table, ranked or dated.</summary>
    public bool IsRow => Rank > 0 || Day > 0;

    /// <summary>The row or quote <paramref name="block"/> is, without its heading: a heading matters only above
    /// rows (<see cref="ResultsTable.HeadingsEnd"/>), and its test reads every word, so it is asked only there.</summary>
    public static TableLine Of(ReadOnlySpan<char> block) =>
        new(ResultsTable.RankOf(block), ResultsTable.IsQuote(block), ResultsTable.Heading.None, ResultsTable.ScheduleDayOf(block));
}
