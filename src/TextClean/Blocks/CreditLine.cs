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

    /// <summary>Picture agencies, as a credit names them last ("| Getty Images", "/ Associated Press").</summary>
    private static readonly string[] Agencies =
        ["getty images", "getty", "bloomberg", "reuters", "ap", "afp", "associated press", "epa", "epa-efe", "shutterstock",
         "xinhua", "anadolu agency", "pa images", "pa wire", "alamy", "istock", "nurphoto", "sipa", "zuma press", "dpa"];

    /// <summary>The labels of a picture's credit; "Source:" and "Video:" credit what is not a picture ("SOURCE: Al
    /// Jazeera News" closes an article).</summary>
    private static readonly string[] PictureLabels =
        ["photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures", "credit", "credits", "foto", "fotos", "bild", "фото"];

    /// <summary>A credit line names a photographer and an agency or two.</summary>
    public const int MaxCreditWords = 12;

    private const int MaxCreditLength = 120;

    /// <summary>Whether <paramref name="block"/> is a photo's credit on a line of its own that a caption comes before:
    /// a label's ("Photo: John Locher, AP", "Photo by Jason Kempin/Getty Images") or names ending with an agency
    /// after a separator ("Natalie Naccache | Bloomberg | Getty Images", "(Jacquelyn Martin / Associated Press)").
    /// "Image copyright Getty Images" and "Image source, PA Media" (BBC's labels) come before their caption, and are
    /// none.</summary>
    public static bool FollowsCaption(ReadOnlySpan<char> block)
    {
        var line = block.Trim();
        if (line.IsEmpty || line.Length > MaxCreditLength || line.StartsWith("Image source", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var inner = line[0] == '(' && line[^1] == ')' ? line[1..^1] : line;
        if (IsAt(line))
        {
            // the label is the first word, or the second after an agency's initials ("AP Photo/Jane Doe")
            var first = inner[..WordEnd(inner, 0)];
            var afterFirst = inner[first.Length..].TrimStart(' ');
            return WordList.Contains(PictureLabels, first) || WordList.Contains(PictureLabels, afterFirst[..WordEnd(afterFirst, 0)]);
        }

        // "Natalie Naccache | Bloomberg | Getty Images": the agency after the last separator. Not after a comma:
        // "June 26 -- PPL Center, Allentown, PA" is a place.
        var separator = inner.LastIndexOfAny('|', '/');
        return separator > 0 && WordList.Contains(Agencies, inner[(separator + 1)..].Trim());
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
