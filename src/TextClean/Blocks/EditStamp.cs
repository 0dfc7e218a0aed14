namespace TextClean.Blocks;

/// <summary>
/// A line that only stamps when a post was published or edited: "Updated at 12.03pm GMT", "Last updated: 14:05 BST",
/// "Published 3 hours ago", "Posted Tue 4 Mar 2025 10.42". Live blogs print one over or under every entry, inside the
/// article's body, where the metadata pass (which reads the header's date lines) does not look. A label opens the
/// line; after it come only the words of a date, a clock time or an age, with at least one number.
/// </summary>
internal static class EditStamp
{
    /// <summary>The most words after the label: "on Tuesday 4 March 2025 at 10.42am GMT" is eight.</summary>
    private const int MaxWords = 12;

    private static readonly string[] Labels = ["last updated", "first published", "updated", "published", "posted", "last modified", "modified"];

    /// <summary>Words that may stand between or beside the numbers of a date, a time or an age.</summary>
    private static readonly string[] DateWords =
    [
        "at", "on", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "ago", "h", "hr", "hrs", "hour", "hours", "min", "mins", "minute",
        "minutes", "day", "days", "week", "weeks", "yesterday", "today", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    public static bool IsLine(ReadOnlySpan<char> block)
    {
        // Asked of every short block: the labels' first letters turn nearly all of them away before any comparison
        var line = block.Trim();
        if (line.IsEmpty || (line[0] | 0x20) is not ('l' or 'f' or 'u' or 'p' or 'm'))
        {
            return false;
        }

        var label = LabelLength(line);
        if (label == 0)
        {
            return false;
        }

        var words = 0;
        var number = false;
        var rest = line[label..];
        foreach (var range in rest.SplitAny(" ,|·:\t"))
        {
            var word = rest[range].TrimEnd('.');
            if (word.IsEmpty || word is "-" or "–" or "—")
            {
                continue;
            }

            if (++words > MaxWords)
            {
                return false;
            }

            if (char.IsAsciiDigit(word[0]))
            {
                number = true; // "12.03pm", "14:05", "2025", "4th", "3h"
            }
            else if (!IsZone(word) && !IsDateWord(word))
            {
                return false;
            }
        }

        return number;
    }

    /// <summary>The label's length when the line opens with one and a word boundary follows; else 0.</summary>
    private static int LabelLength(ReadOnlySpan<char> line)
    {
        foreach (var label in Labels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase) && line.Length > label.Length && line[label.Length] is ' ' or ':')
            {
                return label.Length;
            }
        }

        return 0;
    }

    /// <summary>A time zone's letters: "GMT", "BST", "ET", "AEDT" (two to five capitals).</summary>
    private static bool IsZone(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 5 && !word.ContainsAnyExceptInRange('A', 'Z');

    private static bool IsDateWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[12];
        if (word.Length > lower.Length)
        {
            return false;
        }

        var length = word.ToLowerInvariant(lower);
        return WordList.Contains(DateWords, lower[..length]);
    }
}
