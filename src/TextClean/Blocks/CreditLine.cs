namespace TextClean.Blocks;

/// <summary>
/// A line that opens with a credit label: "Photo: Jane Doe/Reuters", "Photo by Mark Chen", "(Image credit:
/// NASA)", "Video courtesy of the city", "AP Photo/Jane Doe". The label word alone does not make one: "Video shows the crowd…"
/// and "Photos posted online showed…" are the article's sentences; a credit puts a colon, "by", "credit" or
/// "courtesy" right after its label.
/// </summary>
internal static class CreditLine
{
    private static readonly string[] Labels =
        ["photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures", "illustration", "video",
         "graphic", "credit", "credits", "source", "watch", "foto", "fotos", "bild", "фото"];

    private static readonly string[] Markers = ["by ", "credit", "courtesy", "source"];

    /// <summary>Whether <paramref name="block"/> opens with a label followed by a credit marker.</summary>
    public static bool IsAt(ReadOnlySpan<char> block)
    {
        var p = 0;
        while (p < block.Length && block[p] is '(' or '[' or ' ')
        {
            p++;
        }

        var wordEnd = WordEnd(block, p);
        if (!IsLabel(block[p..wordEnd]))
        {
            // An agency before the label: "AP Photo/Mark Chen", "AFP Photo: …".
            if (wordEnd - p is < 2 or > 5 || block[p..wordEnd].ContainsAnyExceptInRange('A', 'Z') || wordEnd >= block.Length || block[wordEnd] != ' ')
            {
                return false;
            }

            p = wordEnd + 1;
            wordEnd = WordEnd(block, p);
            if (!IsLabel(block[p..wordEnd]))
            {
                return false;
            }
        }

        var rest = block[wordEnd..].TrimStart(' ');
        if (!rest.IsEmpty && rest[0] is ':' or '|' or '/' or '–' or '—')
        {
            return true;
        }

        foreach (var marker in Markers)
        {
            if (rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordEnd(ReadOnlySpan<char> block, int p)
    {
        while (p < block.Length && char.IsLetter(block[p]))
        {
            p++;
        }

        return p;
    }

    private static bool IsLabel(ReadOnlySpan<char> word) => WordList.Contains(Labels, word);
}
