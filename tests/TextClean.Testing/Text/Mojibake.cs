using System.Text;

namespace TextClean.Testing.Text;

/// <summary>
/// Makes mojibake the way it happens: text saved as UTF-8 and read back in a legacy code page, once or
/// twice. These are the chains the mojibake pass repairs (DESIGN.md, issue 2).
/// </summary>
public static class Mojibake
{
    /// <summary>Windows-1252, Latin-1, Windows-1250, Windows-1251, MacRoman, cp437 and the other Windows
    /// pages the repair knows (1253, 1254, 1257, ISO-8859-2).</summary>
    public static IReadOnlyList<int> CodePages { get; } = [1252, 28591, 1250, 1251, 10000, 437, 1253, 1254, 1257, 28592];

    private static readonly Encoding[] Encodings = Load();

    /// <summary><paramref name="text"/> as UTF-8 bytes read in each code page of <paramref name="layers"/>, in turn.</summary>
    public static string Encode(string text, params int[] layers)
    {
        foreach (var page in layers)
        {
            text = Encodings[IndexOf(page)].GetString(Encoding.UTF8.GetBytes(text));
        }

        return text;
    }

    /// <summary>A random chain: one layer mostly, two sometimes; now and then the 0xA0 byte that a
    /// browser or editor turned into a plain space.</summary>
    public static string Random(Random random, string text)
    {
        var first = CodePages[random.Next(CodePages.Count)];
        var damaged = random.Next(4) == 0 ? Encode(text, first, CodePages[random.Next(CodePages.Count)]) : Encode(text, first);
        return random.Next(6) == 0 ? damaged.Replace('\u00A0', ' ') : damaged;
    }

    private static Encoding[] Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return [.. CodePages.Select(Encoding.GetEncoding)];
    }

    private static int IndexOf(int page)
    {
        for (var i = 0; i < CodePages.Count; i++)
        {
            if (CodePages[i] == page)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(page), page, "Not one of Mojibake.CodePages.");
    }
}
